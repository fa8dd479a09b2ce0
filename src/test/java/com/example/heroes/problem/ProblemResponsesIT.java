package com.example.heroes.problem;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.ProblemAssert;
import com.example.heroes.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static com.example.heroes.support.ProblemAssert.assertRawProblem;
import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §2: every error the API can give, as an RFC 9457 problem detail with its own
 * type, and nothing in it that should not be there.
 */
@IntegrationTest
class ProblemResponsesIT {

	@Autowired
	RestTestClient http;

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			broken JSON          | {"name": "x",
			an array             | [{"name": "x", "secret_name": "y"}]
			a string             | "hero"
			null                 | null
			trailing garbage     | {"name": "x", "secret_name": "y"} x
			duplicate keys       | {"name": "x", "name": "y", "secret_name": "z"}
			a wrong type, then broken JSON      | {"age": "x", "name": "a
			a wrong type, then duplicate keys   | {"age": "x", "name": "a", "name": "b"}
			a wrong type, then trailing garbage | {"age": "x", "name": "a"} x
			""")
	void aBodyThatIsNotAJsonObjectIs400(String label, String body) {
		assertProblem(post("/heroes", body), 400, ProblemAssert.MALFORMED_REQUEST).jsonPath("$.instance")
			.isEqualTo("/heroes");
	}

	@Test
	void aMissingBodyIs400() {
		assertProblem(this.http.post().uri("/teams").contentType(MediaType.APPLICATION_JSON).exchange(), 400,
				ProblemAssert.MALFORMED_REQUEST);
	}

	@Test
	void aValidationProblemListsEveryOffendingFieldInTheClientsSpelling() {
		assertProblem(post("/heroes", """
				{"name": "", "secret_name": null, "age": 10001}"""), 422, ProblemAssert.VALIDATION)
			.jsonPath("$.errors[*].field")
			.value(List.class, (fields) -> assertThat(fields).containsExactlyInAnyOrder("name", "secret_name", "age"))
			.jsonPath("$.errors[*].message")
			.value(List.class, (messages) -> assertThat(messages).doesNotContainNull());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			limit above 100       | /heroes?limit=101           | limit
			limit zero            | /teams?limit=0              | limit
			negative offset       | /heroes?offset=-1           | offset
			offset not a number   | /teams?offset=first         | offset
			age not a number      | /heroes?age=old             | age
			has_team not boolean  | /heroes?has_team=maybe      | has_team
			team_id not a number  | /heroes?team_id=x           | team_id
			a team_id of several  | /heroes?team_id=1&team_id=0 | team_id
			two team_ids not ids  | /heroes?team_id=0&team_id=-1 | team_id
			NUL in a filter       | /heroes?name=a%00b          | name
			""")
	void anInvalidQueryParameterIs422NamingIt(String label, String uri, String parameter) {
		assertValidationProblem(this.http.get().uri(this.api.absolute(uri)).exchange(), parameter);
	}

	@Test
	void aQueryStringThatCannotBeDecodedIs400() throws Exception {
		assertRawProblem(RawHttp.exchange(this.port, "GET /heroes?name=%zz HTTP/1.1\r\n"), 400,
				ProblemAssert.MALFORMED_REQUEST);
	}

	@Test
	void aPathThatCannotBeDecodedIsAProblemToo() throws Exception {
		assertRawProblem(RawHttp.exchange(this.port, "GET /heroes/%zz HTTP/1.1\r\n"), 400,
				ProblemAssert.MALFORMED_REQUEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/./liveness", "/actuator/health/%2e/liveness", "/actuator/health/..;/x",
			"/actuator/health/.;/liveness", "/actuator/health/%2e%2e/x", "/actuator/health/x/..",
			"/actuator/health/liveness/%2E%2e", "/heroes/./1", "/heroes/..;/teams" })
	void aPathWithADotSegmentIs404(String path) throws Exception {
		assertRawProblem(RawHttp.exchange(this.port, "GET " + path + " HTTP/1.1\r\n"), 404, ProblemAssert.NOT_FOUND);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /nothing-here
			GET    | /heroes/abc
			GET    | /heroes/0
			GET    | /heroes/99999999999999999999999
			GET    | /teams/123456789
			PATCH  | /heroes/123456789
			DELETE | /heroes/123456789
			""")
	void aPathNamingNoResourceIs404(String method, String path) {
		assertProblem(this.http.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange(), 404, ProblemAssert.NOT_FOUND);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			PUT    | /heroes/1      | GET,PATCH,DELETE
			POST   | /heroes/1      | GET,PATCH,DELETE
			PATCH  | /heroes        | GET,POST
			DELETE | /teams         | GET,POST
			PUT    | /teams/1       | GET,PATCH,DELETE
			""")
	void aMethodThePathDoesNotTakeIs405WithAllow(String method, String path, String allowed) {
		RestTestClient.ResponseSpec response = this.http.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange();
		response.expectHeader()
			.value("Allow", (allow) -> assertThat(allow.replace(" ", "").split(",")).contains(allowed.split(",")));
		assertProblem(response, 405, "/problems/method-not-allowed");
	}

	/** RFC 9110 §10.2.1: Allow lists every method the path takes, as OPTIONS says. */
	@ParameterizedTest
	@ValueSource(strings = { "/heroes", "/heroes/1", "/teams/1", "/teams/1/members/1", "/heroes/bulk", "/docs",
			"/openapi.json", "/swagger-ui/index.html", "/actuator/health", "/problems/not-found" })
	void aMethodNotAllowedListsWhatOptionsLists(String path) {
		String refused = this.http.method(HttpMethod.valueOf("PROPPATCH"))
			.uri(path)
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.returnResult()
			.getResponseHeaders()
			.getFirst(HttpHeaders.ALLOW);
		assertThat(methods(refused)).containsExactlyInAnyOrderElementsOf(optionsAllow(path)).contains("OPTIONS");
	}

	@Test
	void aBodyThatIsNotJsonIs415() {
		RestTestClient.ResponseSpec plain = this.http.post()
			.uri("/heroes")
			.contentType(MediaType.TEXT_PLAIN)
			.body("name=Deadpond")
			.exchange();
		plain.expectHeader().exists("Accept");
		assertProblem(plain, 415, "/problems/unsupported-media-type");
		long hero = this.api.createHero("Deadpond", "Dive Wilson", null, null);
		this.http.patch()
			.uri("/heroes/{id}", hero)
			.contentType(MediaType.parseMediaType("application/json-patch+json"))
			.body("[]")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	@Test
	void aBodyOverOneMebibyteIs413AndStoresNothing() {
		String name = "a".repeat(1024 * 1024);
		assertProblem(post("/teams", """
				{"name": "%s", "headquarters": "x"}""".formatted(name)), 413, "/problems/content-too-large");
		assertThat(this.api.total("/teams")).isEqualTo(0);
	}

	@Test
	void aChunkedBodyOverOneMebibyteIs413() throws Exception {
		byte[] body = ("{\"name\": \"" + "a".repeat(2 * 1024 * 1024) + "\", \"headquarters\": \"x\"}")
			.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(this.api.absolute("/teams"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		ProblemAssert.assertProblem(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				response.body(), 413, "/problems/content-too-large");
	}

	@Test
	void aBodyJustUnderTheLimitIsRead() {
		String padding = " ".repeat(1024 * 1024 - 100);
		post("/teams", "{\"name\": \"Preventers\", \"headquarters\": \"x\"}" + padding).expectStatus().isCreated();
	}

	@Test
	void errorsCarryNoStackTraceSqlClassNameOrSecret() {
		String secret = "Very Secret Identity";
		List<String> bodies = List.of(post("/heroes", """
				{"name": "x", "secret_name": "%s", "team_id": 987654}""".formatted(secret)).returnResult(String.class)
			.getResponseBody(),
				post("/heroes", """
						{"name": "", "secret_name": "%s\\u0000"}""".formatted(secret)).returnResult(String.class)
					.getResponseBody(),
				post("/heroes", """
						{"name": "x", "secret_name": %s}""".formatted("[\"" + secret + "\"]"))
					.returnResult(String.class)
					.getResponseBody(),
				post("/teams", "{\"name\": \"x\",").returnResult(String.class).getResponseBody(),
				this.http.get()
					.uri("/heroes?age=" + secret.replace(' ', '+'))
					.exchange()
					.returnResult(String.class)
					.getResponseBody());
		assertThat(bodies).allSatisfy((body) -> assertThat(body).startsWith("{\"type\":\"/problems/")
			.doesNotContain(secret)
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("java.")
			.doesNotContain("tools.jackson")
			.doesNotContain("org.")
			.doesNotContainIgnoringCase("select ")
			.doesNotContainIgnoringCase("insert ")
			.doesNotContain("\tat ")
			.doesNotContain("about:blank"));
	}

	@Test
	void everyProblemHasTheFiveMembers() {
		String body = this.http.get().uri("/heroes/123456").exchange().returnResult(String.class).getResponseBody();
		assertThat(body).contains("\"type\"", "\"title\"", "\"status\"", "\"detail\"", "\"instance\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json; charset=iso-8859-1", "application/json; charset=utf-16",
			"application/json; foo=bar", ",", " , " })
	void answersAreUtf8JsonWhateverTheAcceptParameters(String accept) {
		this.http.post()
			.uri("/heroes")
			.header("Accept", accept)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Café 😀\", \"secret_name\": \"s\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Café 😀"));
		this.http.get().uri("/actuator/health").header("Accept", accept).exchange().expectStatus().isOk();
	}

	@Test
	void multipartBodiesAreNeverParsed() {
		this.http.post()
			.uri("/heroes")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body("x")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
		this.http.get().uri("/heroes").header("Content-Type", "multipart/form-data").exchange().expectStatus().isOk();
	}

	@Test
	void forwardedHeadersAreNotTrustedByDefault() {
		this.http.get()
			.uri("/swagger-ui.html")
			.header("X-Forwarded-Port", "abc")
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		this.http.post()
			.uri("/teams")
			.header("X-Forwarded-Host", "evil.example")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).startsWith("http://localhost:"));
	}

	@Test
	void aCompressedBodyIs415() {
		this.http.post()
			.uri("/heroes")
			.header("Content-Encoding", "gzip")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"n\", \"secret_name\": \"s\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.valueEquals("Accept-Encoding", "identity");
		assertThat(this.api.total("/heroes")).isEqualTo(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "c0af", "e080af", "f4908080", "ff", "eda080" })
	void aBodyThatIsNotValidUtf8Is400(String hex) throws Exception {
		byte[] bad = java.util.HexFormat.of().parseHex(hex);
		byte[] prefix = "{\"name\": \"a".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] suffix = "b\", \"secret_name\": \"s\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] body = new byte[prefix.length + bad.length + suffix.length];
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		System.arraycopy(bad, 0, body, prefix.length, bad.length);
		System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
		assertProblem(this.http.post().uri("/heroes").contentType(MediaType.APPLICATION_JSON).body(body).exchange(),
				400, ProblemAssert.MALFORMED_REQUEST)
			.jsonPath("$.detail")
			.isEqualTo("The body is not valid UTF-8");
		assertThat(this.api.total("/heroes")).isEqualTo(0);
	}

	/** RFC 8259 §8.1 and §11: JSON is UTF-8, and a charset parameter has no effect. */
	@ParameterizedTest
	@ValueSource(strings = { "iso-8859-1", "windows-1252", "utf-8" })
	void aDeclaredCharsetDoesNotChangeHowTheBodyIsRead(String charset) {
		byte[] latin1 = "{\"name\": \"caf\u00e9\", \"secret_name\": \"s\"}"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertProblem(this.http.post()
			.uri("/heroes")
			.header("Content-Type", "application/json; charset=" + charset)
			.body(latin1)
			.exchange(), 400, ProblemAssert.MALFORMED_REQUEST).jsonPath("$.detail")
			.isEqualTo("The body is not valid UTF-8");
		assertThat(this.api.total("/heroes")).isEqualTo(0);

		byte[] utf8 = "{\"name\": \"caf\u00e9\", \"secret_name\": \"s\"}"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.http.post()
			.uri("/heroes")
			.header("Content-Type", "application/json; charset=" + charset)
			.body(utf8)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("caf\u00e9");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "application/json; charset=utf-16le" })
	void aUtf16BodyIs400(String contentType) {
		byte[] utf16 = "{\"name\": \"n\", \"secret_name\": \"s\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
		assertProblem(this.http.post().uri("/heroes").header("Content-Type", contentType).body(utf16).exchange(), 400,
				ProblemAssert.MALFORMED_REQUEST)
			.jsonPath("$.detail")
			.isEqualTo("The body is not valid UTF-8");
		assertThat(this.api.total("/heroes")).isEqualTo(0);
	}

	@Test
	void aDeclaredCharsetDoesNotChangeHowAPatchIsRead() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		this.http.patch()
			.uri("/teams/{id}", team)
			.header("Content-Type", "application/merge-patch+json; charset=iso-8859-1")
			.body("{\"headquarters\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.http.get()
			.uri("/teams/{id}", team)
			.exchange()
			.expectBody()
			.jsonPath("$.headquarters")
			.isEqualTo("Sharp Tower");
	}

	@Test
	void theErrorPathAskedForDirectlyIs404() {
		assertProblem(this.http.get().uri("/error").exchange(), 404, ProblemAssert.NOT_FOUND);
	}

	/**
	 * TRACE is a method the API takes nowhere: 405 with the path's own Allow, as any
	 * other, and never an echo of the request.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/heroes", "/heroes/1", "/heroes/bulk", "/teams/stats", "/teams/1/members/1" })
	void traceIs405WithThePathsAllowAndNoEcho(String path) throws Exception {
		String response = RawHttp.exchange(this.port,
				"TRACE " + path + " HTTP/1.1\r\nCookie: session=secret\r\nX-Echo: mirrored\r\n");
		assertRawProblem(response, 405, "/problems/method-not-allowed");
		assertThat(response).doesNotContain("session=secret").doesNotContain("mirrored");
		assertThat(allow(response)).containsExactlyInAnyOrderElementsOf(optionsAllow(path));
	}

	/** Nothing at the path: 404, and no Allow that would say what it takes. */
	@ParameterizedTest
	@ValueSource(strings = { "TRACE", "OPTIONS" })
	void traceOrOptionsWhereNothingIsIs404WithoutAllow(String method) throws Exception {
		String response = RawHttp.exchange(this.port, method + " /nothing-here HTTP/1.1\r\n");
		assertRawProblem(response, 404, ProblemAssert.NOT_FOUND);
		assertThat(allow(response)).isEmpty();
	}

	/** The methods OPTIONS says the path takes. */
	private List<String> optionsAllow(String path) {
		String allow = this.http.method(HttpMethod.OPTIONS)
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders()
			.getFirst(HttpHeaders.ALLOW);
		return methods(allow);
	}

	/** The methods of a raw response's Allow header, none if it has none. */
	private static List<String> allow(String rawResponse) {
		String head = rawResponse.substring(0, rawResponse.indexOf("\r\n\r\n"));
		return head.lines()
			.filter((line) -> line.regionMatches(true, 0, "Allow:", 0, 6))
			.flatMap((line) -> methods(line.substring(6)).stream())
			.toList();
	}

	/** The methods an Allow header's value lists. */
	private static List<String> methods(String allow) {
		return List.of(allow.replace(" ", "").split(","));
	}

	@Test
	void formBodiesAreNeverParsed() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		long hero = this.api.createHero("Deadpond", "Dive Wilson", null, null);
		MediaType form = MediaType.APPLICATION_FORM_URLENCODED;
		this.http.put()
			.uri("/teams/{team}/members/{hero}", team, hero)
			.contentType(form)
			.body("x")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
		this.http.patch()
			.uri("/teams/{id}", team)
			.contentType(form)
			.body("a=%ZZ")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
		this.http.put().uri("/heroes").contentType(form).body("a=%ZZ").exchange().expectStatus().isEqualTo(405);
		this.http.method(HttpMethod.DELETE)
			.uri("/teams/{team}/members/{hero}", team, hero)
			.contentType(form)
			.body("a=%ZZ")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.put()
			.uri("/teams/{team}/members/{hero}", team, hero)
			.contentType(MediaType.parseMediaType("application/yaml"))
			.body("role: captain\n")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	@Test
	void protocolErrorsOfTheClientAre400ProblemsWithARequestId() throws Exception {
		for (String request : List.of("POST /heroes HTTP/1.1\r\nTransfer-Encoding: gzip\r\n",
				"GET /heroes HTTP/2.0\r\n")) {
			String response = RawHttp.exchange(this.port, request);
			assertRawProblem(response, 400, ProblemAssert.MALFORMED_REQUEST);
			assertThat(response).containsIgnoringCase("X-Request-Id:").doesNotContain("\"instance\":\"null\"");
		}
	}

	@Test
	void theLongestQueryTomcatTakesStillGetsItsLinks() {
		StringBuilder uri = new StringBuilder("/heroes?limit=1&offset=1&unknown=" + "u".repeat(1000));
		for (int i = 0; i < 100; i++) {
			uri.append("&team_id=922337203685477580").append(i % 8);
		}
		this.api.createHero("Deadpond", "Dive Wilson", null, null);
		this.http.get()
			.uri(this.api.absolute(uri.toString()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Link",
					(link) -> assertThat(link).contains("team_id=9223372036854775800").doesNotContain("unknown"));
	}

	private RestTestClient.ResponseSpec post(String path, String json) {
		return this.http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

}
