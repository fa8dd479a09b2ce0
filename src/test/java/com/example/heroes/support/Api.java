package com.example.heroes.support;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates the rows a test needs through the HTTP API itself, so that tests set up state
 * the way clients do.
 */
@TestComponent
public class Api {

	private static final ParameterizedTypeReference<Map<String, Object>> RESOURCE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	private final RestTestClient http;

	private final Environment environment;

	Api(RestTestClient http, Environment environment) {
		this.http = http;
		this.environment = environment;
	}

	/**
	 * A path with its query already percent-encoded, or a link the service gave, as an
	 * absolute URI to send as it is (a URI template would encode it again).
	 */
	public URI absolute(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl
				: "http://localhost:" + this.environment.getProperty("local.server.port") + pathOrUrl);
	}

	public long createTeam(String name, String headquarters) {
		return create("/teams", """
				{"name": "%s", "headquarters": "%s"}""".formatted(name, headquarters));
	}

	public long createHero(String name, String secretName, Integer age, Long teamId) {
		return create("/heroes", """
				{"name": "%s", "secret_name": "%s", "age": %s, "team_id": %s}""".formatted(name, secretName, age,
				teamId));
	}

	/** POSTs the JSON, expects 201, and returns the new row's id. */
	public long create(String path, String json) {
		Map<?, ?> body = this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(Map.class)
			.getResponseBody();
		assertThat(body.get("id")).isInstanceOf(Number.class);
		return ((Number) body.get("id")).longValue();
	}

	/** GETs a single resource, expects 200, and returns it. */
	public Map<String, Object> resource(String path, Object... variables) {
		return this.http.get()
			.uri(path, variables)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(RESOURCE)
			.getResponseBody();
	}

	/** GETs a list, expects 200, and returns its rows. */
	public List<Map<String, Object>> rows(String path, Object... variables) {
		return this.http.get()
			.uri(path, variables)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(ROWS)
			.getResponseBody();
	}

	/** The rows a list holds, counted as a client asks: {@code Prefer: count=exact}. */
	public long total(String path) {
		String total = this.http.get()
			.uri(path)
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Total-Count");
		assertThat(total).as("X-Total-Count of %s", path).isNotNull();
		return Long.parseLong(total);
	}

	/** The current ETag of a single resource. */
	public String etag(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
	}

}
