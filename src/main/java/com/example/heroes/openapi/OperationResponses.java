package com.example.heroes.openapi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.example.heroes.idempotency.IdempotentCreates;
import com.example.heroes.paging.PageResponses;
import com.example.heroes.paging.TotalCount;
import com.example.heroes.problem.ProblemType;
import com.example.heroes.replica.ConsistencyTokens;
import com.example.heroes.web.ETagged;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.validation.constraints.Size;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import static com.example.heroes.openapi.HeaderDocs.header;
import static com.example.heroes.openapi.HeaderDocs.headerParameter;
import static com.example.heroes.openapi.HeaderDocs.headerRef;

/**
 * Adds to each operation the error responses it can give, read off its handler method: a
 * body can be malformed, too large, of the wrong type or invalid; an id in the path can
 * name nothing; a create or change can conflict; {@code If-Match} can be stale or
 * missing; and the database can be away. Each error carries an example of every type it
 * may have. It also describes the conditional, paging, counting and idempotency headers
 * the operation takes and answers with, and its sort fields.
 */
class OperationResponses implements OperationCustomizer {

	private static final String PREFER = TotalCount.PREFER;

	private static final String PREFERENCE_APPLIED = TotalCount.PREFERENCE_APPLIED;

	private static final String COUNT_EXACT = TotalCount.EXACT.preference();

	private static final String COUNT_ESTIMATED = TotalCount.ESTIMATED.preference();

	private static final List<String> HERO_SORT = List.of("id", "name", "age", "created_at", "updated_at");

	/** The sort fields of each list, as its sorting takes them; checked by ApiDocsIT. */
	private static final Map<String, List<String>> SORT_FIELDS = Map.of("listHeroes", HERO_SORT, "listTeamHeroes",
			HERO_SORT, "listTeams", List.of("id", "name", "created_at", "updated_at"), "listMembers",
			List.of("hero_id", "joined_at"), "listHeroTeams", List.of("team_id", "joined_at"));

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		List<MethodParameter> parameters = Arrays.asList(handler.getMethodParameters());
		boolean body = parameters.stream().anyMatch((p) -> p.hasParameterAnnotation(RequestBody.class));
		boolean pathId = parameters.stream().anyMatch((p) -> p.hasParameterAnnotation(PathVariable.class));
		boolean ifMatch = takesHeader(parameters, HttpHeaders.IF_MATCH);
		boolean idempotencyKey = takesHeader(parameters, IdempotentCreates.HEADER);
		boolean etagged = handler.hasMethodAnnotation(ETagged.class);
		RequestMethod method = method(handler);
		String instance = examplePath(handler);
		ApiResponses responses = operation.getResponses();
		if (method == RequestMethod.GET && etagged) {
			operation.addParametersItem(headerParameter(HttpHeaders.IF_NONE_MATCH,
					"ETags the client holds; 304 if one is current (weak comparison), or `*`"));
			operation.addParametersItem(
					headerParameter(HttpHeaders.IF_MATCH, "Versions the client expects; 412 if none is current"));
			responses.addApiResponse("304",
					new ApiResponse()
						.description("Not modified, a successful conditional read: the copy named by If-None-Match is "
								+ "current, so there is no body")
						.addHeaderObject(HttpHeaders.ETAG, header(HeaderDocs.ETAG)));
			ProblemSchemas.add(responses, instance, ProblemType.PRECONDITION_FAILED);
		}
		describeIdempotencyKey(operation);
		if (body) {
			ProblemSchemas.add(responses, instance, ProblemType.CONTENT_TOO_LARGE, ProblemType.UNSUPPORTED_MEDIA_TYPE);
		}
		if (pathId) {
			ProblemSchemas.add(responses, instance, ProblemType.NOT_FOUND);
		}
		if (body && (method == RequestMethod.POST || method == RequestMethod.PATCH)) {
			ProblemSchemas.add(responses, instance, ProblemType.CONFLICT);
		}
		if (ifMatch) {
			ProblemSchemas.add(responses, instance, ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED);
			describeHeader(operation, HttpHeaders.IF_MATCH,
					"Versions the client expects (`*`: any); 412 if none is current, and nothing changes");
			describeHeader(operation, HttpHeaders.IF_NONE_MATCH,
					"Versions the client does not expect (weak comparison); 412 if one is current, and nothing "
							+ "changes; `*`: only if there is nothing there yet");
		}
		// Every operation takes a Consistency-Token, which can be invalid.
		ProblemSchemas.add(responses, instance, ProblemType.VALIDATION);
		if (idempotencyKey) {
			ProblemSchemas.add(responses, instance, ProblemType.IDEMPOTENCY_KEY_REUSED);
		}
		ProblemSchemas.add(responses, instance, ProblemType.MALFORMED_REQUEST, ProblemType.NOT_ACCEPTABLE,
				ProblemType.SERVICE_UNAVAILABLE, ProblemType.OVERLOADED, ProblemType.INTERNAL_ERROR);
		parameters.stream()
			.filter((p) -> p.hasParameterAnnotation(RequestBody.class) && p.hasParameterAnnotation(Size.class))
			.findFirst()
			.ifPresent((p) -> operation.getRequestBody()
				.getContent()
				.values()
				.forEach((media) -> media.getSchema()
					.minItems(p.getParameterAnnotation(Size.class).min())
					.maxItems(p.getParameterAnnotation(Size.class).max())));
		responses.get("503").addHeaderObject(HttpHeaders.RETRY_AFTER, headerRef(HttpHeaders.RETRY_AFTER));
		boolean list = List.class.isAssignableFrom(handlerBodyType(handler));
		boolean counted = parameters.stream().anyMatch((p) -> p.getParameterType() == TotalCount.class);
		if (counted) {
			ProblemSchemas.add(responses, instance, HttpStatus.URI_TOO_LONG.value(), ProblemType.MALFORMED_REQUEST,
					PageResponses.LINK_TOO_LONG);
			operation.addParametersItem(new Parameter().in("header")
				.name(PREFER)
				.description("`count=exact` adds X-Total-Count, the number of rows matching the filters; "
						+ "`count=estimated` adds the planner's estimate where it is large (the exact number "
						+ "where it is small). Without it a page is not counted.")
				.schema(new StringSchema()._enum(List.of(COUNT_EXACT, COUNT_ESTIMATED))));
		}
		operation.addParametersItem(headerParameter(ConsistencyTokens.HEADER,
				"The Consistency-Token of an earlier write: this request then sees that write or a later state; "
						+ "a value the service did not issue is a 422"));
		describeSort(operation);
		describeHeaders(responses, etagged, idempotencyKey, list, counted, method != RequestMethod.GET);
		return operation;
	}

	private static void describeSort(Operation operation) {
		List<String> fields = SORT_FIELDS.get(operation.getOperationId());
		if (fields == null || operation.getParameters() == null) {
			return;
		}
		String names = "(" + String.join("|", fields) + ")";
		String field = "\\s*-?" + names + "\\s*";
		// As Sorting reads it: blank for the default order, each field at most once.
		String pattern = "^(?!.*\\b" + names + "\\b.*\\b\\1\\b)(" + field + "(," + field + ")*|\\s*)$";
		operation.getParameters()
			.stream()
			.filter((parameter) -> "sort".equals(parameter.getName()))
			.forEach((parameter) -> parameter
				.description("Comma-separated fields, each at most once, `-` before one for descending; ties are "
						+ "broken by id. Fields: "
						+ fields.stream().map((name) -> "`" + name + "`").collect(Collectors.joining(", ")) + ".")
				.schema(new StringSchema().pattern(pattern)
					.example(fields.size() > 2 ? "-" + fields.get(2) + "," + fields.get(1) : "-" + fields.get(1))));
	}

	/** The headers of answers: ETag, Location, the paging headers, replays, tokens. */
	private static void describeHeaders(ApiResponses responses, boolean etagged, boolean idempotencyKey, boolean list,
			boolean counted, boolean write) {
		responses.forEach((status, response) -> {
			if (idempotencyKey && !status.equals("304")) {
				response.addHeaderObject(IdempotentCreates.REPLAYED_HEADER,
						header("`true` when this is the stored first answer to the same Idempotency-Key")
							.schema(new StringSchema()._enum(List.of("true"))));
			}
			if (!status.startsWith("2")) {
				return;
			}
			if (write) {
				response.addHeaderObject(ConsistencyTokens.HEADER, headerRef(ConsistencyTokens.HEADER));
			}
			if (etagged) {
				response.addHeaderObject(HttpHeaders.ETAG, header(HeaderDocs.ETAG).example("\"3\""));
			}
			if (status.equals("201") && !list) {
				response.addHeaderObject(HttpHeaders.LOCATION,
						header("Where the new resource is").example("http://localhost:8080/heroes/42"));
			}
			if (list && status.equals("200")) {
				response.addHeaderObject(HttpHeaders.LINK,
						header("RFC 8288 links: `first`, and `next` and `prev` where there are such pages")
							.example("<http://localhost:8080/heroes?limit=20&after=eyJ2IjpbNDJdfQ.c2ln>; rel=\"next\", "
									+ "<http://localhost:8080/heroes?limit=20>; rel=\"first\""));
				response.addHeaderObject(PageResponses.TOTAL_COUNT,
						header(counted
								? "Rows matching the filters (an estimate with `Prefer: count=estimated`); "
										+ "only when asked for with Prefer, on any page"
								: "Rows in the list; offset pages only")
							.schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO))
							.example(1234));
				if (counted) {
					response.addHeaderObject(PREFERENCE_APPLIED, header("The count preference applied")
						.schema(new StringSchema()._enum(List.of(COUNT_EXACT, COUNT_ESTIMATED))));
				}
			}
		});
	}

	/** The rules of {@code Idempotency-Key}, on the operations that take it. */
	private static void describeIdempotencyKey(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		operation.getParameters()
			.stream()
			.filter((parameter) -> IdempotentCreates.HEADER.equalsIgnoreCase(parameter.getName()))
			.forEach((parameter) -> parameter
				.description("1 to 255 visible ASCII characters; a retry with the same key and body within 24 hours "
						+ "gets the first answer again")
				.schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
				.example("5f0c7d2a-order-17"));
	}

	private static void describeHeader(Operation operation, String name, String description) {
		operation.getParameters()
			.stream()
			.filter((parameter) -> "header".equals(parameter.getIn()) && name.equals(parameter.getName()))
			.forEach((parameter) -> parameter.setDescription(description));
	}

	private static boolean takesHeader(List<MethodParameter> parameters, String name) {
		return parameters.stream()
			.map((p) -> p.getParameterAnnotation(RequestHeader.class))
			.anyMatch((header) -> header != null && name.equalsIgnoreCase(header.name()));
	}

	private static RequestMethod method(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return (mapping != null && mapping.method().length > 0) ? mapping.method()[0] : null;
	}

	/** The handler's path with its ids filled in, as a problem's {@code instance}. */
	private static String examplePath(HandlerMethod handler) {
		RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
		RequestMapping own = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		String path = ((type != null && type.path().length > 0) ? type.path()[0] : "")
				+ ((own != null && own.path().length > 0) ? own.path()[0] : "");
		return path.replaceAll("/heroes/\\{[^}]+}", "/heroes/42")
			.replaceAll("/teams/\\{[^}]+}", "/teams/7")
			.replaceAll("/members/\\{[^}]+}", "/members/42");
	}

	private static Class<?> handlerBodyType(HandlerMethod handler) {
		MethodParameter returnType = handler.getReturnType();
		return returnType.nested().getNestedParameterType();
	}

}
