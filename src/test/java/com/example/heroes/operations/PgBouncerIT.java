package com.example.heroes.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.Links;
import com.example.heroes.support.Race;
import com.example.heroes.support.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * API.md §12: the service works through PgBouncer in transaction pooling mode. Run by the
 * {@code through-pgbouncer} execution of the build, where the application's pool reaches
 * PostgreSQL through a PgBouncer with fewer server connections than the pool has
 * ({@link com.example.heroes.support.PgBouncer}): many clients at once go through every
 * endpoint, again and again, so that each pool connection's statements land on server
 * sessions other than the one they were prepared or configured on. Server-side prepared
 * statements or session settings would fail here.
 */
@IntegrationTest
class PgBouncerIT {

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	private static final int CLIENTS = 8;

	private static final int ROUNDS = 2;

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void everyEndpointAnswersThroughATransactionPooler() throws Exception {
		assumeTrue(TestDatabase.throughPgBouncer(), "runs in the through-pgbouncer execution");
		assertThat(this.dataSource.unwrap(HikariDataSource.class).getJdbcUrl())
			.isEqualTo(TestDatabase.get().applicationUrl())
			.isNotEqualTo(TestDatabase.get().url());

		List<List<String>> failures = Race.of(CLIENTS, (n) -> {
			List<String> unexpected = new ArrayList<>();
			try {
				for (int round = 0; round < ROUNDS; round++) {
					tour("c" + n + "r" + round, unexpected);
				}
			}
			catch (Exception ex) {
				unexpected.add(ex.toString());
			}
			return unexpected;
		});
		assertThat(failures).allSatisfy((unexpected) -> assertThat(unexpected).isEmpty());
	}

	/** Every endpoint once, each answer checked against the status it must have. */
	private void tour(String tag, List<String> unexpected) throws Exception {
		String team = expect(unexpected, 201, send("POST", "/teams",
				"{\"name\": \"Team " + tag + "\", \"headquarters\": \"HQ\"}", "Idempotency-Key", "team-" + tag));
		expect(unexpected, 201, send("POST", "/teams", "{\"name\": \"Team " + tag + "\", \"headquarters\": \"HQ\"}",
				"Idempotency-Key", "team-" + tag));
		long teamId = id(team);
		String hero = expect(unexpected, 201, send("POST", "/heroes",
				"{\"name\": \"Hero " + tag + "\", \"secret_name\": \"s\", \"age\": 30, \"team_id\": " + teamId + "}"));
		long heroId = id(hero);
		expect(unexpected, 201,
				send("POST", "/heroes/bulk",
						"[{\"name\": \"Bulk " + tag + " 1\", \"secret_name\": \"s\"}, {\"name\": \"Bulk " + tag
								+ " 2\", \"secret_name\": \"s\", \"team_id\": " + teamId + "}]"));
		expect(unexpected, 409, send("POST", "/teams", "{\"name\": \"team " + tag + "\", \"headquarters\": \"HQ\"}"));

		HttpResponse<String> read = send("GET", "/heroes/" + heroId, null);
		expect(unexpected, 200, read);
		expect(unexpected, 304, send("GET", "/heroes/" + heroId, null, "If-None-Match",
				read.headers().firstValue("ETag").orElse("\"none\"")));
		expect(unexpected, 200, send("PATCH", "/heroes/" + heroId, "{\"age\": 31}", "If-Match", "\"0\""));
		expect(unexpected, 412, send("PATCH", "/heroes/" + heroId, "{\"age\": 32}", "If-Match", "\"0\""));
		expect(unexpected, 200, send("PATCH", "/teams/" + teamId, "{\"headquarters\": \"HQ 2\"}"));
		expect(unexpected, 200, send("GET", "/teams/" + teamId, null));
		expect(unexpected, 200, send("GET", "/teams/" + teamId + "/heroes?sort=-age", null));

		expect(unexpected, 201, send("PUT", "/teams/" + teamId + "/members/" + heroId, "{\"role\": \"captain\"}"));
		expect(unexpected, 200, send("GET", "/teams/" + teamId + "/members/" + heroId, null));
		expect(unexpected, 200, send("GET", "/teams/" + teamId + "/members?sort=joined_at", null));
		expect(unexpected, 200, send("GET", "/heroes/" + heroId + "/teams", null));
		expect(unexpected, 204, send("DELETE", "/teams/" + teamId + "/members/" + heroId, null));

		HttpResponse<String> page = send("GET", "/heroes?limit=2&sort=name", null);
		expect(unexpected, 200, page);
		String next = Links.parse(page.headers().firstValue("Link").orElse(null)).get("next");
		if (next != null) {
			expect(unexpected, 200,
					send("GET", URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery(), null));
		}
		expect(unexpected, 200, send("GET", "/teams?name_contains=team&limit=5", null));
		expect(unexpected, 200, send("GET", "/teams/stats?limit=5", null));
		expect(unexpected, 404, send("GET", "/heroes/999999999", null));

		expect(unexpected, 204, send("DELETE", "/heroes/" + heroId, null));
		expect(unexpected, 204, send("DELETE", "/teams/" + teamId, null));
		expect(unexpected, 200, send("GET", "/actuator/health/readiness", null));
	}

	private static String expect(List<String> unexpected, int status, HttpResponse<String> response) {
		if (response.statusCode() != status) {
			unexpected.add(response.request().method() + " " + response.request().uri().getPath() + ": "
					+ response.statusCode() + " instead of " + status + " " + response.body());
		}
		return response.body();
	}

	private static long id(String body) {
		Matcher matcher = ID.matcher(body);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 999_999_998L;
	}

	private HttpResponse<String> send(String method, String path, String json, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
