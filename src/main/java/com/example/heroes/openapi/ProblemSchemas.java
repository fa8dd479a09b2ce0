package com.example.heroes.openapi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.example.heroes.idempotency.IdempotentCreates;
import com.example.heroes.problem.ProblemType;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The one {@code Problem} schema every error answer has, its {@code FieldError}s, and the
 * error responses of an operation with an example of each type it may have. The schema's
 * {@code type} is an open set: the known types are described, and a client must expect
 * others.
 */
final class ProblemSchemas {

	static final String PROBLEM = "Problem";

	static final String FIELD_ERROR = "FieldError";

	private static final String PROBLEM_JSON = "application/problem+json";

	private ProblemSchemas() {
	}

	/**
	 * Adds the given problem types to the operation's responses, one response per status,
	 * with an example of each type.
	 * @param instance the operation's path with its ids filled in
	 */
	static void add(ApiResponses responses, String instance, ProblemType... types) {
		for (ProblemType type : types) {
			add(responses, type.status().value(), type,
					example(type, type.status().value(), DETAILS.getOrDefault(type, type.description()), instance));
		}
	}

	/**
	 * Adds a problem type answered with a status other than its own, such as the 414 of a
	 * list whose query is too long for its Link header.
	 */
	static void add(ApiResponses responses, String instance, int status, ProblemType type, String detail) {
		add(responses, status, type, example(type, status, detail, instance));
	}

	private static void add(ApiResponses responses, int status, ProblemType type, Map<String, Object> example) {
		ApiResponse response = responses.get(Integer.toString(status));
		if (response == null) {
			Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
			response = new ApiResponse()
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema)));
			responses.addApiResponse(Integer.toString(status), response);
		}
		MediaType media = response.getContent().get(PROBLEM_JSON);
		media.addExamples(type.slug(), new Example().summary(type.title()).value(example));
		response.description(
				media.getExamples().values().stream().map(Example::getSummary).collect(Collectors.joining("; ")));
	}

	private static Map<String, Object> example(ProblemType type, int status, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.uri().toString());
		problem.put("title", type.title());
		problem.put("status", status);
		problem.put("detail", detail);
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

	static Schema<?> problem() {
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
					new IntegerSchema().minimum(BigDecimal.valueOf(400))
						.maximum(BigDecimal.valueOf(599))
						.description("The HTTP status code.")
						.example(404))
			.addProperty("detail",
					new StringSchema().description("What went wrong with this request.")
						.example("Hero 42 does not exist"))
			.addProperty("instance",
					new StringSchema().format("uri-reference").description("The request's path.").example("/heroes/42"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
						.description("Validation problems only: each offending field or query parameter."))
			.required(List.of("type", "title", "status", "detail", "instance"));
	}

	static Schema<?> fieldError() {
		return new ObjectSchema().description("One invalid field or query parameter of a 422.")
			.addProperty("field",
					new StringSchema()
						.description(
								"The field or parameter as the client spells it, e.g. `secret_name` or `[3].name`.")
						.example("secret_name"))
			.addProperty("message", new StringSchema().description("What is wrong with it.").example("is required"))
			.required(List.of("field", "message"));
	}

	/** The examples' details, where the type's own description reads wrong as one. */
	private static final Map<ProblemType, String> DETAILS = Map.ofEntries(
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

}
