package com.example.heroes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Accept: application/problem+json}, alone or beside other ranges, never fails a
 * request: every operation answers its usual status, errors as problem details and
 * successes with no body or a JSON one. Generated clients send that header alone where
 * the only documented body is a problem (every DELETE), and used to get a 406 for it.
 */
@IntegrationTest
class ContentNegotiationIT {

	private static final List<String> ACCEPTS = List.of("application/problem+json",
			"application/json, application/problem+json", "application/problem+json;q=0.9, application/json;q=0.5",
			"application/problem+json; charset=utf-8");

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	/**
	 * One request of the API: {@code {team}}, {@code {hero}} and {@code {etag}} are
	 * filled in with the rows each test creates.
	 */
	record Call(String method, String path, String body, String header, int status) {

		@Override
		public String toString() {
			return this.method + " " + this.path + ((this.header != null) ? " [" + this.header + "]" : "") + " -> "
					+ this.status;
		}

	}

	static Stream<Arguments> calls() {
		String team = """
				{"name": "Avengers", "headquarters": "Tower"}""";
		String hero = """
				{"name": "Thor", "secret_name": "Donald Blake", "team_id": {team}}""";
		List<Call> calls = List.of(
				// successes with a body
				new Call("POST", "/teams", team, null, 201), new Call("GET", "/teams", null, null, 200),
				new Call("GET", "/teams/stats", null, null, 200), new Call("GET", "/teams/{team}", null, null, 200),
				new Call("GET", "/teams/{team}/heroes", null, null, 200),
				new Call("PATCH", "/teams/{team}", "{\"headquarters\": \"Hall\"}", null, 200),
				new Call("POST", "/heroes", hero, null, 201),
				new Call("POST", "/heroes/bulk", "[" + hero + "]", null, 201),
				new Call("GET", "/heroes", null, null, 200), new Call("GET", "/heroes/{hero}", null, null, 200),
				new Call("PATCH", "/heroes/{hero}", "{\"age\": null}", null, 200),
				new Call("GET", "/heroes/{hero}/teams", null, null, 200),
				new Call("PUT", "/teams/{team}/members/{hero}", "{\"role\": \"captain\"}", null, 200),
				new Call("GET", "/teams/{team}/members/{hero}", null, null, 200),
				new Call("GET", "/teams/{team}/members", null, null, 200),
				// successes without a body
				new Call("DELETE", "/teams/{team}/members/{hero}", null, null, 204),
				new Call("DELETE", "/heroes/{hero}", null, null, 204),
				new Call("DELETE", "/teams/{team}", null, null, 204),
				new Call("GET", "/teams/{team}", null, "If-None-Match: {team-etag}", 304),
				new Call("GET", "/heroes/{hero}", null, "If-None-Match: {hero-etag}", 304),
				// errors
				new Call("GET", "/teams/0", null, null, 404), new Call("GET", "/heroes/0", null, null, 404),
				new Call("GET", "/no/such/path", null, null, 404), new Call("DELETE", "/teams/0", null, null, 404),
				new Call("DELETE", "/heroes/0", null, null, 404),
				new Call("DELETE", "/teams/{team}/members/0", null, null, 404),
				new Call("PUT", "/teams/{team}/members/0", null, null, 404),
				new Call("GET", "/teams/{team}/members/0", null, null, 404),
				new Call("PATCH", "/heroes/0", "{}", null, 404), new Call("PATCH", "/teams/0", "{}", null, 404),
				new Call("GET", "/teams?limit=0", null, null, 422),
				new Call("GET", "/heroes?offset=-1", null, null, 422),
				new Call("GET", "/teams/stats?limit=101", null, null, 422),
				new Call("POST", "/teams", "{\"name\": \"\"}", null, 422),
				new Call("POST", "/heroes", "{\"name\": \"x\",", null, 400),
				new Call("POST", "/heroes/bulk", "[]", null, 422),
				new Call("POST", "/teams", team.replace("Avengers", "Defenders"), "Content-Type: text/plain", 415),
				new Call("PUT", "/heroes", null, null, 405),
				new Call("DELETE", "/heroes/{hero}", null, "If-Match: \"99\"", 412),
				new Call("PATCH", "/teams/{team}", "{}", "If-Match: \"99\"", 412),
				new Call("GET", "/heroes/{hero}", null, "If-Match: \"99\"", 412),
				new Call("POST", "/teams", team.replace("Avengers", "Defenders"), null, 409),
				new Call("POST", "/heroes", hero.replace("{team}", "999999"), null, 409));
		List<Arguments> arguments = new ArrayList<>();
		for (Call call : calls) {
			for (String accept : ACCEPTS) {
				arguments.add(Arguments.of(call, accept));
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} with Accept: {1}")
	@MethodSource("calls")
	void acceptingProblemJsonNeverTurnsAnAnswerIntoA406(Call call, String accept) {
		long team = this.api.createTeam("Defenders", "Sanctum");
		long hero = this.api.createHero("Wong", "Wong", 40, team);
		this.http.put().uri("/teams/{team}/members/{hero}", team, hero).exchange().expectStatus().isCreated();
		String path = fill(call.path(), team, hero);
		RestTestClient.RequestBodySpec request = this.http.method(HttpMethod.valueOf(call.method()))
			.uri(this.api.absolute(path))
			.header("Accept", accept);
		String[] header = (call.header() != null) ? call.header().split(": ", 2) : null;
		if (header != null) {
			request.header(header[0], fill(header[1], team, hero));
		}
		if (call.body() != null) {
			if (header == null || !header[0].equals("Content-Type")) {
				request.contentType(MediaType.APPLICATION_JSON);
			}
			request.body(fill(call.body(), team, hero));
		}
		EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();

		assertThat(result.getStatus().value()).as("status of %s", call).isEqualTo(call.status());
		MediaType contentType = result.getResponseHeaders().getContentType();
		if (call.status() >= 400) {
			assertThat(contentType).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(new String(result.getResponseBodyContent())).contains("\"status\":" + call.status());
		}
		else if (call.status() == 204 || call.status() == 304) {
			assertThat(result.getResponseBodyContent()).isNullOrEmpty();
		}
		else {
			assertThat(contentType).isEqualTo(MediaType.APPLICATION_JSON);
		}
	}

	@Test
	void anAcceptThatAllowsNeitherJsonNorProblemsIsStillA406() {
		assertProblem(this.http.get().uri("/teams").header("Accept", "text/html").exchange(), 406,
				"/problems/not-acceptable");
	}

	/** RFC 9110 §12.5.1: a weight of 0 means "not acceptable". */
	@ParameterizedTest(name = "Accept: {0}")
	@MethodSource("refusingJson")
	void aRangeWeighedZeroRefusesTheTypesItNames(String accept) {
		assertProblem(this.http.get().uri("/teams").header("Accept", accept).exchange(), 406,
				"/problems/not-acceptable");
	}

	static Stream<String> refusingJson() {
		return Stream.of("application/json;q=0", "application/json; q=0.000", "*/*;q=0", "application/*;q=0",
				"*/*, application/json;q=0", "application/*;q=0.5, application/json;q=0",
				"application/json;q=0, application/problem+json", "application/problem+json;q=0");
	}

	/** And the weight of a type is that of the most specific range that names it. */
	@ParameterizedTest(name = "Accept: {0}")
	@MethodSource("takingJson")
	void aMoreSpecificRangeOutweighsAZeroOnAWiderOne(String accept) {
		this.http.get()
			.uri("/teams")
			.header("Accept", accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON);
	}

	/**
	 * A wildcard narrowed by a refusal still names every other type a handler writes: the
	 * OpenAPI document's YAML, actuator's JSON, HTML without the refused parameter.
	 */
	@ParameterizedTest(name = "{0} with Accept: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/v3/api-docs.yaml | */*, text/html;q=0            | application/vnd.oai.openapi
			/v3/api-docs.yaml | */*, application/json;q=0     | application/vnd.oai.openapi
			/actuator/health  | */*, application/json;q=0     | application/vnd.spring-boot.actuator.v3+json
			/actuator/health  | */*, text/html;q=0            | application/vnd.spring-boot.actuator.v3+json
			/problems/not-found | text/html;level=1;q=0, text/html | text/html
			/problems/not-found | text/html;q=0, */*          | application/json
			""")
	void aRefusalLeavesTheOtherTypesAHandlerWrites(String path, String accept, String type) {
		this.http.get()
			.uri(path)
			.header("Accept", accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Type",
					(contentType) -> assertThat(
							MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType(type)))
						.as(contentType)
						.isTrue());
	}

	static Stream<String> takingJson() {
		return Stream.of("*/*;q=0, application/json", "application/*;q=0, application/json;q=0.1", "text/html;q=0, */*",
				"text/*;q=0, application/*", "application/json, application/problem+json;q=0");
	}

	private String fill(String text, long team, long hero) {
		String filled = text.replace("{team}", Long.toString(team)).replace("{hero}", Long.toString(hero));
		if (filled.contains("{team-etag}")) {
			filled = filled.replace("{team-etag}", this.api.etag("/teams/" + team));
		}
		if (filled.contains("{hero-etag}")) {
			filled = filled.replace("{hero-etag}", this.api.etag("/heroes/" + hero));
		}
		return filled;
	}

}
