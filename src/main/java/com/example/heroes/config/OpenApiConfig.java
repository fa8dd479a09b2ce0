package com.example.heroes.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.example.heroes.query.TotalCount;
import com.example.heroes.web.ETagged;
import com.example.heroes.web.IdempotencyKeyReusedException;
import com.example.heroes.web.ProblemType;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.annotations.ParameterObject;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The OpenAPI document (at {@code /v3/api-docs}, and at {@code /openapi.json} where the
 * original served it) and Swagger UI (at {@code /swagger-ui.html}, and {@code /docs}
 * leads there). Each operation lists the errors it can answer, all with the one
 * {@code Problem} schema, whose {@code type} enumerates every problem type.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig implements WebMvcConfigurer {

	static {
		// Bound from the Prefer header by the web layer, not a query parameter.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(TotalCount.class);
	}

	private static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String ETAG = "The resource's version, as an entity tag";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/openapi.json").setViewName("forward:/v3/api-docs");
		registry.addRedirectViewController("/docs", "/swagger-ui.html");
		registry.addRedirectViewController("/swagger-ui", "/swagger-ui.html");
	}

	@Bean
	OpenAPI heroesOpenApi() {
		return new OpenAPI().info(new Info().title("heroes-api").version("1").description("""
				Heroes and teams. Field names are snake_case; `secret_name` is write-only.
				Lists page by `offset`/`limit` or by the cursors of the `Link` header.
				Every error is an RFC 9457 problem detail; see the `Problem` schema for its types."""))
			.components(
					new Components().addSchemas(PROBLEM, problemSchema()).addSchemas("FieldError", fieldErrorSchema()));
	}

	/**
	 * Swagger reads the models with its own Jackson 2 mapper, which knows nothing of the
	 * application's snake_case; this one does, so the schemas spell fields as the API
	 * does. It replaces Swagger's own resolver and, ordered first, is registered first:
	 * springdoc's converters (JsonNullable support among them) are put in front of it.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModelResolver snakeCaseModelResolver() {
		return new ModelResolver(Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
			.openapi31(true);
	}

	/**
	 * Adds to each operation the error responses it can give, read off its handler
	 * method: a body can be malformed, too large, of the wrong type or invalid; an id in
	 * the path can name nothing; a create or change can conflict; {@code If-Match} can be
	 * stale or missing; and the database can be away.
	 */
	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handler) -> {
			List<MethodParameter> parameters = Arrays.asList(handler.getMethodParameters());
			boolean body = parameters.stream().anyMatch((p) -> p.hasParameterAnnotation(RequestBody.class));
			boolean pathId = parameters.stream().anyMatch((p) -> p.hasParameterAnnotation(PathVariable.class));
			boolean query = parameters.stream().anyMatch((p) -> p.hasParameterAnnotation(ParameterObject.class));
			boolean ifMatch = takesHeader(parameters, HttpHeaders.IF_MATCH);
			boolean idempotencyKey = takesHeader(parameters, IdempotencyKeyReusedException.HEADER);
			boolean etagged = handler.hasMethodAnnotation(ETagged.class);
			RequestMethod method = method(handler);
			ApiResponses responses = operation.getResponses();
			if (method == RequestMethod.GET && etagged) {
				operation.addParametersItem(headerParameter(HttpHeaders.IF_NONE_MATCH,
						"ETags the client holds; 304 if one is current (weak comparison), or `*`"));
				operation.addParametersItem(
						headerParameter(HttpHeaders.IF_MATCH, "Versions the client expects; 412 if none is current"));
				responses.addApiResponse("304",
						new ApiResponse().description("Not modified: If-None-Match names the current ETag")
							.addHeaderObject(HttpHeaders.ETAG, header(ETAG)));
				add(responses, ProblemType.PRECONDITION_FAILED);
			}
			describeIdempotencyKey(operation);
			if (body) {
				add(responses, ProblemType.CONTENT_TOO_LARGE, ProblemType.UNSUPPORTED_MEDIA_TYPE);
			}
			if (pathId) {
				add(responses, ProblemType.NOT_FOUND);
			}
			if (body && (method == RequestMethod.POST || method == RequestMethod.PATCH)) {
				add(responses, ProblemType.CONFLICT);
			}
			if (ifMatch) {
				add(responses, ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED);
			}
			if (body || query || idempotencyKey) {
				add(responses, ProblemType.VALIDATION);
			}
			add(responses, ProblemType.MALFORMED_REQUEST, ProblemType.NOT_ACCEPTABLE, ProblemType.SERVICE_UNAVAILABLE,
					ProblemType.INTERNAL_ERROR);
			describeHeaders(responses, handler, etagged, idempotencyKey);
			return operation;
		};
	}

	/** The headers of successful answers: ETag, Location, the paging headers, replays. */
	private static void describeHeaders(ApiResponses responses, HandlerMethod handler, boolean etagged,
			boolean idempotencyKey) {
		boolean list = List.class.isAssignableFrom(handlerBodyType(handler));
		responses.forEach((status, response) -> {
			if (!status.startsWith("2")) {
				return;
			}
			if (etagged) {
				response.addHeaderObject(HttpHeaders.ETAG, header(ETAG));
			}
			if (status.equals("201") && !list) {
				response.addHeaderObject(HttpHeaders.LOCATION, header("Where the new resource is"));
			}
			if (list && status.equals("200")) {
				response.addHeaderObject(HttpHeaders.LINK,
						header("first, and next and prev where there are such pages"));
				response.addHeaderObject("X-Total-Count", header(
						"Rows matching the filters, when asked for with `Prefer: count=exact` or `count=estimated`")
					.schema(new IntegerSchema()));
			}
			if (idempotencyKey) {
				response.addHeaderObject(IdempotencyKeyReusedException.REPLAYED_HEADER,
						header("true when this is the stored first answer"));
			}
		});
	}

	/** The rules of {@code Idempotency-Key}, on the operations that take it. */
	private static void describeIdempotencyKey(io.swagger.v3.oas.models.Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		operation.getParameters()
			.stream()
			.filter((parameter) -> IdempotencyKeyReusedException.HEADER.equalsIgnoreCase(parameter.getName()))
			.forEach((parameter) -> parameter
				.description("1 to 255 visible ASCII characters; a retry with the same key and body within 24 hours "
						+ "gets the first answer again")
				.schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
	}

	private static Parameter headerParameter(String name, String description) {
		return new Parameter().in("header").name(name).description(description).schema(new StringSchema());
	}

	private static Header header(String description) {
		return new Header().description(description).schema(new StringSchema());
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

	private static Class<?> handlerBodyType(HandlerMethod handler) {
		MethodParameter returnType = handler.getReturnType();
		return returnType.nested().getNestedParameterType();
	}

	private static void add(ApiResponses responses, ProblemType... types) {
		Map<Integer, List<ProblemType>> byStatus = Arrays.stream(types)
			.collect(Collectors.groupingBy((type) -> type.status().value()));
		byStatus.forEach((status, sameStatus) -> {
			String description = sameStatus.stream().map(ProblemType::title).collect(Collectors.joining("; "));
			Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
			responses.addApiResponse(Integer.toString(status), new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema))));
		});
	}

	private static Schema<?> problemSchema() {
		StringSchema type = new StringSchema();
		type.format("uri-reference");
		type.description("What kind of error this is. Clients can switch on it:\n\n" + Arrays
			.stream(ProblemType.values())
			.map((problem) -> "- `" + problem.uri() + "` (" + problem.status().value() + "): " + problem.description())
			.collect(Collectors.joining("\n")));
		Arrays.stream(ProblemType.values()).forEach((problem) -> type.addEnumItem(problem.uri().toString()));
		return new ObjectSchema().description("An RFC 9457 problem detail.")
			.addProperty("type", type)
			.addProperty("title", new StringSchema().description("A short summary of the problem type."))
			.addProperty("status", new IntegerSchema().description("The HTTP status code."))
			.addProperty("detail", new StringSchema().description("What went wrong with this request."))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The request's path."))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
						.description("Validation problems only: each offending field or query parameter."))
			.required(List.of("type", "title", "status", "detail", "instance"));
	}

	private static Schema<?> fieldErrorSchema() {
		return new ObjectSchema()
			.addProperty("field",
					new StringSchema().description(
							"The field or parameter as the client spells it, e.g. `secret_name` or `[3].name`."))
			.addProperty("message", new StringSchema().description("What is wrong with it."))
			.required(List.of("field", "message"));
	}

}
