package com.example.heroes.support;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape API.md §2 gives every error, checked in one place: an RFC 9457 problem detail
 * served as {@code application/problem+json}, with its status, its own {@code type}, a
 * {@code title}, a {@code detail} and the {@code instance} it is about; a 422 adds
 * {@code errors}, each naming a field in the client's spelling with a message. Each
 * assertion returns the body so that a test can check what is particular to its case.
 */
public final class ProblemAssert {

	public static final String VALIDATION = "/problems/validation";

	public static final String NOT_FOUND = "/problems/not-found";

	public static final String CONFLICT = "/problems/conflict";

	public static final String MALFORMED_REQUEST = "/problems/malformed-request";

	public static final String PRECONDITION_FAILED = "/problems/precondition-failed";

	private ProblemAssert() {
	}

	/** A problem of this status and type, with the five members of every problem. */
	public static BodyContentSpec assertProblem(RestTestClient.ResponseSpec response, int status, String type) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(type)
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$.instance")
			.value(String.class, (instance) -> assertThat(instance).startsWith("/"));
	}

	/**
	 * A 422 validation problem whose errors name exactly these fields, in this order,
	 * each with a message.
	 */
	public static BodyContentSpec assertValidationProblem(RestTestClient.ResponseSpec response, List<String> fields) {
		return assertProblem(response, 422, VALIDATION).jsonPath("$.errors[*].field")
			.isEqualTo(fields)
			.jsonPath("$.errors[*].message")
			.value(List.class, (messages) -> assertThat(messages).hasSize(fields.size())
				.allSatisfy((message) -> assertThat(message).isInstanceOf(String.class).asString().isNotBlank()));
	}

	/** A 422 validation problem naming this one field. */
	public static BodyContentSpec assertValidationProblem(RestTestClient.ResponseSpec response, String field) {
		return assertValidationProblem(response, List.of(field));
	}

	/** A 422 validation problem naming this one field with this message. */
	public static BodyContentSpec assertValidationProblem(RestTestClient.ResponseSpec response, String field,
			String message) {
		return assertValidationProblem(response, field).jsonPath("$.errors[0].message").isEqualTo(message);
	}

	/**
	 * The same checks as {@link #assertProblem(RestTestClient.ResponseSpec, int, String)}
	 * on an answer already read as text; returns the problem's members.
	 */
	public static Map<String, Object> assertProblem(EntityExchangeResult<String> result, int status, String type) {
		MediaType contentType = result.getResponseHeaders().getContentType();
		return assertProblem(result.getStatus().value(), (contentType != null) ? contentType.toString() : null,
				result.getResponseBody(), status, type);
	}

	/** The same checks on an answer's parts, from whichever client received it. */
	public static Map<String, Object> assertProblem(int actualStatus, String contentType, String body, int status,
			String type) {
		assertThat(actualStatus).as("status of %s", body).isEqualTo(status);
		assertThat(contentType).as("content type").isNotNull();
		assertThat(MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("%s is application/problem+json", contentType)
			.isTrue();
		Map<String, Object> problem = JsonPath.read(body, "$");
		assertThat(problem).as("problem").containsEntry("type", type).containsEntry("status", status);
		assertThat(problem.get("title")).as("title").asString().isNotBlank();
		assertThat(problem.get("detail")).as("detail").asString().isNotBlank();
		assertThat(problem.get("instance")).as("instance").asString().startsWith("/");
		return problem;
	}

	/**
	 * A whole response as {@link RawHttp} reads it (status line, headers, body): a
	 * problem of this status and type, never an HTML error page.
	 */
	public static void assertRawProblem(String response, int status, String type) {
		assertThat(response).startsWith("HTTP/1.1 " + status)
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"type\":\"" + type + "\"")
			.contains("\"status\":" + status)
			.doesNotContain("<html");
	}

}
