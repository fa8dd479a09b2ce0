package com.example.heroes.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.example.heroes.idempotency.IdempotentCreates;
import com.example.heroes.paging.PageResponses;
import com.example.heroes.paging.TotalCount;
import com.example.heroes.problem.ProblemType;
import com.example.heroes.web.ETagged;
import com.example.heroes.web.RequestIdFilter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.CommentFormatter;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
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
 * {@code Problem} schema, whose {@code type} is an open set: the known types are
 * described, and a client must expect others. The document is written for client
 * generators: every response field is required (present, though maybe null), null is
 * typed where the service sends it, bounds are in the schemas, and path parameters are
 * named {@code team_id} and {@code hero_id} throughout.
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
		return new OpenAPI()
			.servers(List.of(new Server().url("/").description("The service that serves this document")))
			.info(new Info().title("heroes-api")
				.version("1")
				.license(new License().name("Proprietary").identifier("LicenseRef-Proprietary"))
				.description("""
						Heroes and teams. Field names are snake_case; `secret_name` is write-only.
						Lists page by `offset`/`limit` or by the cursors of the `Link` header.
						Every error is an RFC 9457 problem detail; see the `Problem` schema for its types.
						There is no authentication, by design: the service has no users, and is run behind the
						operator's own network controls."""))
			.addTagsItem(new Tag().name("teams")
				.description(
						"Teams: create, read (with their heroes), list, change, delete, and hero figures per team."))
			.addTagsItem(new Tag().name("heroes")
				.description("Heroes: create one or up to 1000 at once, read (with their team), list, change, delete. "
						+ "`secret_name` is write-only."))
			.addTagsItem(new Tag().name("memberships")
				.description("Memberships: a hero in any number of teams, each with a role and a joining time."))
			.components(new Components().addSchemas(PROBLEM, problemSchema())
				.addSchemas("FieldError", fieldErrorSchema())
				.addHeaders(RequestIdFilter.HEADER,
						header("The request's id: the client's own when it sent a sane one (1 to 128 of "
								+ "`A-Z a-z 0-9 . _ : @ / + = -`), otherwise a new UUID. Every log line of the "
								+ "request carries it.")
							.example("5b0f3a52-0c0e-4bd5-9a4e-1f1f6b1e2a9c"))
				.addHeaders(HttpHeaders.RETRY_AFTER,
						new Header().description("Seconds to wait before retrying.")
							.schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO))
							.example(5)));
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
	 * The records' Javadoc {@code @param}s as the descriptions of their properties.
	 * springdoc finds them by the property's name, which snake_case changes
	 * ({@code team_id} is {@code teamId}), so they are matched here by the Java name.
	 */
	@Bean
	ModelConverter recordComponentDescriptions() {
		PropertyNamingStrategies.SnakeCaseStrategy snakeCase = new PropertyNamingStrategies.SnakeCaseStrategy();
		return (type, context, chain) -> {
			if (!chain.hasNext()) {
				return null;
			}
			Schema<?> schema = chain.next().resolve(type, context, chain);
			Class<?> raw = Json31.mapper().constructType(type.getType()).getRawClass();
			if (schema == null || !raw.isRecord()) {
				return schema;
			}
			Schema<?> model = (schema.get$ref() != null)
					? context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1))
					: schema;
			if (model == null || model.getProperties() == null) {
				return schema;
			}
			ClassJavadoc javadoc = RuntimeJavadoc.getJavadoc(raw);
			javadoc.getRecordComponents().forEach((component) -> {
				Schema<?> property = model.getProperties().get(snakeCase.translate(component.getName()));
				String text = JAVADOC.format(component.getComment());
				if (property != null && !text.isBlank()
						&& (property.getDescription() == null || property.getDescription().equals(text))) {
					property.setDescription(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
				}
			});
			return schema;
		};
	}

	private static final CommentFormatter JAVADOC = new CommentFormatter();

	/**
	 * Adds to each operation the error responses it can give, read off its handler
	 * method: a body can be malformed, too large, of the wrong type or invalid; an id in
	 * the path can name nothing; a create or change can conflict; {@code If-Match} can be
	 * stale or missing; and the database can be away. Each error carries an example of
	 * every type it may have.
	 */
	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handler) -> {
			List<MethodParameter> parameters = Arrays.asList(handler.getMethodParameters());
			boolean body = parameters.stream().anyMatch((p) -> p.hasParameterAnnotation(RequestBody.class));
			boolean pathId = parameters.stream().anyMatch((p) -> p.hasParameterAnnotation(PathVariable.class));
			boolean query = parameters.stream().anyMatch((p) -> p.hasParameterAnnotation(ParameterObject.class));
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
				responses.addApiResponse("304", new ApiResponse()
					.description("Not modified, a successful conditional read: the copy named by If-None-Match is "
							+ "current, so there is no body")
					.addHeaderObject(HttpHeaders.ETAG, header(ETAG)));
				add(responses, instance, ProblemType.PRECONDITION_FAILED);
			}
			describeIdempotencyKey(operation);
			if (body) {
				add(responses, instance, ProblemType.CONTENT_TOO_LARGE, ProblemType.UNSUPPORTED_MEDIA_TYPE);
			}
			if (pathId) {
				add(responses, instance, ProblemType.NOT_FOUND);
			}
			if (body && (method == RequestMethod.POST || method == RequestMethod.PATCH)) {
				add(responses, instance, ProblemType.CONFLICT);
			}
			if (ifMatch) {
				add(responses, instance, ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED);
			}
			if (idempotencyKey) {
				add(responses, instance, ProblemType.VALIDATION, ProblemType.IDEMPOTENCY_KEY_REUSED);
			}
			else if (body || query) {
				add(responses, instance, ProblemType.VALIDATION);
			}
			add(responses, instance, ProblemType.MALFORMED_REQUEST, ProblemType.NOT_ACCEPTABLE,
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
				operation.addParametersItem(new Parameter().in("header")
					.name(PREFER)
					.description("`count=exact` adds X-Total-Count, the number of rows matching the filters; "
							+ "`count=estimated` adds the planner's estimate where it is large (the exact number "
							+ "where it is small). Without it a page is not counted.")
					.schema(new StringSchema()._enum(List.of(COUNT_EXACT, COUNT_ESTIMATED))));
			}
			describeSort(operation);
			describeHeaders(responses, etagged, idempotencyKey, list, counted);
			return operation;
		};
	}

	/**
	 * The document as generators need it: every property of an answer required, null
	 * typed where the service sends it, one bound per limit, snake_case path parameters,
	 * {@code X-Request-Id} on every answer, and realistic examples.
	 */
	@Bean
	OpenApiCustomizer generatorFriendlyDocument() {
		return (openApi) -> {
			Map<String, Schema> schemas = openApi.getComponents().getSchemas();
			schemas.forEach((name, schema) -> {
				if (schema.getProperties() != null && !INPUTS.contains(name) && !name.equals(PROBLEM)
						&& !name.equals("FieldError")) {
					schema.setRequired(List.copyOf(schema.getProperties().keySet()));
				}
				Object example = EXAMPLES.get(name);
				if (example != null) {
					schema.setExample(example);
				}
				oneBoundPerLimit(schema);
			});
			Schema<?> withTeam = schemas.get("HeroPublicWithTeam");
			if (withTeam != null) {
				withTeam.getProperties()
					.put("team",
							new Schema<>().description("The hero's team, or null when it has none.")
								.anyOf(List.of(new Schema<>().$ref("#/components/schemas/TeamPublic"),
										new Schema<>().types(Set.of("null")))));
			}
			Paths renamed = new Paths();
			openApi.getPaths().forEach((path, item) -> {
				item.readOperations().forEach((operation) -> {
					if (operation.getParameters() != null) {
						operation.getParameters().forEach((parameter) -> {
							if ("path".equals(parameter.getIn())) {
								String name = pathParameterName(path, parameter.getName());
								parameter.name(name)
									.description(name.equals("team_id") ? "The team's id" : "The hero's id");
								parameter.getSchema().minimum(java.math.BigDecimal.ONE);
							}
							if (parameter.getSchema() != null) {
								oneBoundPerLimit(parameter.getSchema());
							}
						});
					}
					operation.getResponses()
						.values()
						.forEach((response) -> response.addHeaderObject(RequestIdFilter.HEADER,
								headerRef(RequestIdFilter.HEADER)));
				});
				renamed.addPathItem(snakeCasePath(path), item);
			});
			openApi.setPaths(renamed);
		};
	}

	/**
	 * {@code /heroes/{id}} is {@code /heroes/{hero_id}}; {@code {teamId}} is
	 * {@code {team_id}}.
	 */
	static String snakeCasePath(String path) {
		return path.replace("/heroes/{id}", "/heroes/{hero_id}")
			.replace("/teams/{id}", "/teams/{team_id}")
			.replace("{teamId}", "{team_id}")
			.replace("{heroId}", "{hero_id}");
	}

	private static String pathParameterName(String path, String name) {
		if (name.equals("teamId") || (name.equals("id") && path.startsWith("/teams/"))) {
			return "team_id";
		}
		return (name.equals("heroId") || name.equals("id")) ? "hero_id" : name;
	}

	/**
	 * {@code @Positive} becomes {@code exclusiveMinimum: 0} beside a {@code minimum: 1}:
	 * one bound says it, and generators handle {@code minimum} best.
	 */
	private static void oneBoundPerLimit(Schema<?> schema) {
		if (schema == null) {
			return;
		}
		if (schema.getExclusiveMinimumValue() != null
				&& schema.getExclusiveMinimumValue().compareTo(java.math.BigDecimal.ZERO) == 0) {
			schema.setExclusiveMinimumValue(null);
			schema.setMinimum(java.math.BigDecimal.ONE);
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(OpenApiConfig::oneBoundPerLimit);
		}
		oneBoundPerLimit(schema.getItems());
	}

	/** The sort fields of each list, as its sorting takes them; checked by ApiDocsIT. */
	private static void describeSort(io.swagger.v3.oas.models.Operation operation) {
		List<String> fields = SORT_FIELDS.get(operation.getOperationId());
		if (fields == null || operation.getParameters() == null) {
			return;
		}
		String field = "-?(" + String.join("|", fields) + ")";
		operation.getParameters()
			.stream()
			.filter((parameter) -> "sort".equals(parameter.getName()))
			.forEach((parameter) -> parameter
				.description("Comma-separated fields, `-` before one for descending; ties are broken by id. "
						+ "Fields: " + fields.stream().map((name) -> "`" + name + "`").collect(Collectors.joining(", "))
						+ ".")
				.schema(new StringSchema().pattern("^" + field + "(," + field + ")*$")
					.example(fields.size() > 2 ? "-" + fields.get(2) + "," + fields.get(1) : "-" + fields.get(1))));
	}

	/** The headers of answers: ETag, Location, the paging headers, replays. */
	private static void describeHeaders(ApiResponses responses, boolean etagged, boolean idempotencyKey, boolean list,
			boolean counted) {
		responses.forEach((status, response) -> {
			if (idempotencyKey && !status.equals("304")) {
				response.addHeaderObject(IdempotentCreates.REPLAYED_HEADER,
						header("`true` when this is the stored first answer to the same Idempotency-Key")
							.schema(new StringSchema()._enum(List.of("true"))));
			}
			if (!status.startsWith("2")) {
				return;
			}
			if (etagged) {
				response.addHeaderObject(HttpHeaders.ETAG, header(ETAG).example("\"3\""));
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
										+ "only when asked for with Prefer, and never on cursor pages"
								: "Rows in the list; offset pages only")
							.schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO))
							.example(1234));
				if (counted) {
					response.addHeaderObject(PREFERENCE_APPLIED, header("The count preference applied")
						.schema(new StringSchema()._enum(List.of(COUNT_EXACT, COUNT_ESTIMATED))));
				}
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
			.filter((parameter) -> IdempotentCreates.HEADER.equalsIgnoreCase(parameter.getName()))
			.forEach((parameter) -> parameter
				.description("1 to 255 visible ASCII characters; a retry with the same key and body within 24 hours "
						+ "gets the first answer again")
				.schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
				.example("5f0c7d2a-order-17"));
	}

	private static Parameter headerParameter(String name, String description) {
		return new Parameter().in("header").name(name).description(description).schema(new StringSchema());
	}

	private static Header header(String description) {
		return new Header().description(description).schema(new StringSchema());
	}

	private static Header headerRef(String name) {
		return new Header().$ref("#/components/headers/" + name);
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

	private static void add(ApiResponses responses, String instance, ProblemType... types) {
		Map<Integer, List<ProblemType>> byStatus = Arrays.stream(types)
			.collect(Collectors.groupingBy((type) -> type.status().value()));
		byStatus.forEach((status, sameStatus) -> {
			ApiResponse response = responses.get(Integer.toString(status));
			if (response == null) {
				Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
				response = new ApiResponse()
					.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema)));
				responses.addApiResponse(Integer.toString(status), response);
			}
			MediaType media = response.getContent().get(PROBLEM_JSON);
			for (ProblemType type : sameStatus) {
				media.addExamples(type.slug(), new Example().summary(type.title()).value(example(type, instance)));
			}
			response.description(
					media.getExamples().values().stream().map(Example::getSummary).collect(Collectors.joining("; ")));
		});
	}

	private static Map<String, Object> example(ProblemType type, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.uri().toString());
		problem.put("title", type.title());
		problem.put("status", type.status().value());
		problem.put("detail", PROBLEM_DETAILS.getOrDefault(type, type.description()));
		problem.put("instance", instance);
		if (type == ProblemType.VALIDATION) {
			problem.put("errors", List.of(Map.of("field", "limit", "message", "must be between 1 and 100")));
		}
		if (type == ProblemType.IDEMPOTENCY_KEY_REUSED) {
			problem.put("errors",
					List.of(Map.of("field", IdempotentCreates.HEADER, "message", "was used with a different request")));
		}
		return problem;
	}

	private static Schema<?> problemSchema() {
		StringSchema type = new StringSchema();
		type.format("uri-reference");
		type.description("What kind of error this is, a URI reference that resolves to a page explaining it. "
				+ "Clients can switch on it, and must expect types not listed here (treat an unknown one by its "
				+ "status). The types known today:\n\n"
				+ Arrays.stream(ProblemType.values())
					.map((problem) -> "- `" + problem.uri() + "` (" + problem.status().value() + "): "
							+ problem.description())
					.collect(Collectors.joining("\n")));
		type.example(ProblemType.NOT_FOUND.uri().toString());
		return new ObjectSchema().description("An RFC 9457 problem detail.")
			.addProperty("type", type)
			.addProperty("title",
					new StringSchema().description("A short summary of the problem type.")
						.example(ProblemType.NOT_FOUND.title()))
			.addProperty("status",
					new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
						.maximum(java.math.BigDecimal.valueOf(599))
						.description("The HTTP status code.")
						.example(404))
			.addProperty("detail",
					new StringSchema().description("What went wrong with this request.")
						.example("Hero 42 does not exist"))
			.addProperty("instance",
					new StringSchema().format("uri-reference").description("The request's path.").example("/heroes/42"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
						.description("Validation problems only: each offending field or query parameter."))
			.required(List.of("type", "title", "status", "detail", "instance"));
	}

	private static Schema<?> fieldErrorSchema() {
		return new ObjectSchema().description("One invalid field or query parameter of a 422.")
			.addProperty("field",
					new StringSchema()
						.description(
								"The field or parameter as the client spells it, e.g. `secret_name` or `[3].name`.")
						.example("secret_name"))
			.addProperty("message", new StringSchema().description("What is wrong with it.").example("is required"))
			.required(List.of("field", "message"));
	}

	private static final String PREFER = TotalCount.PREFER;

	private static final String PREFERENCE_APPLIED = TotalCount.PREFERENCE_APPLIED;

	private static final String COUNT_EXACT = TotalCount.EXACT.preference();

	private static final String COUNT_ESTIMATED = TotalCount.ESTIMATED.preference();

	/** Request bodies: their properties are optional where the API says so. */
	private static final Set<String> INPUTS = Set.of("HeroCreate", "HeroUpdate", "TeamCreate", "TeamUpdate",
			"MembershipPut");

	private static final List<String> HERO_SORT = List.of("id", "name", "age", "created_at", "updated_at");

	private static final Map<String, List<String>> SORT_FIELDS = Map.of("listHeroes", HERO_SORT, "listTeamHeroes",
			HERO_SORT, "listTeams", List.of("id", "name", "created_at", "updated_at"), "listMembers",
			List.of("hero_id", "joined_at"), "listHeroTeams", List.of("team_id", "joined_at"));

	private static final Map<ProblemType, String> PROBLEM_DETAILS = Map.ofEntries(
			Map.entry(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON"),
			Map.entry(ProblemType.VALIDATION, "limit must be between 1 and 100"),
			Map.entry(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used with a different request"),
			Map.entry(ProblemType.NOT_FOUND, "No resource exists at this path"),
			Map.entry(ProblemType.NOT_ACCEPTABLE, "The service answers in application/json"),
			Map.entry(ProblemType.CONFLICT, "A team with this name exists already"),
			Map.entry(ProblemType.PRECONDITION_FAILED, "If-Match does not name the current version, \"4\""),
			Map.entry(ProblemType.CONTENT_TOO_LARGE, "The body is larger than 1MB"),
			Map.entry(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body must be sent as application/json"),
			Map.entry(ProblemType.PRECONDITION_REQUIRED, "This request needs If-Match"),
			Map.entry(ProblemType.SERVICE_UNAVAILABLE, "The database cannot be reached at the moment"));

	private static final Map<String, Object> TEAM_EXAMPLE = Map.of("id", 7, "name", "Preventers", "headquarters",
			"Sharp Tower", "created_at", "2026-11-21T09:30:00.123Z", "updated_at", "2026-11-21T09:30:00.123Z",
			"version", 1);

	private static final Map<String, Object> HERO_EXAMPLE = heroExample();

	private static final Map<String, Object> EXAMPLES = Map.of("TeamPublic", TEAM_EXAMPLE, "HeroPublic", HERO_EXAMPLE,
			"HeroPublicWithTeam", with(HERO_EXAMPLE, "team", TEAM_EXAMPLE), "TeamPublicWithHeroes",
			with(TEAM_EXAMPLE, "heroes", List.of(HERO_EXAMPLE)), "TeamStats",
			Map.of("team_id", 7, "name", "Preventers", "hero_count", 3, "average_age", 35.5, "min_age", 28, "max_age",
					48),
			"TeamMember", Map.of("hero", HERO_EXAMPLE, "role", "captain", "joined_at", "2026-11-21T10:00:00Z"),
			"HeroTeam", Map.of("team", TEAM_EXAMPLE, "role", "captain", "joined_at", "2026-11-21T10:00:00Z"));

	private static Map<String, Object> heroExample() {
		Map<String, Object> hero = new LinkedHashMap<>();
		hero.put("id", 42);
		hero.put("name", "Deadpond");
		hero.put("age", 30);
		hero.put("team_id", 7);
		hero.put("created_at", "2026-11-21T09:31:12.004Z");
		hero.put("updated_at", "2026-11-21T09:31:12.004Z");
		hero.put("version", 1);
		return hero;
	}

	private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(base);
		copy.put(key, value);
		return copy;
	}

}
