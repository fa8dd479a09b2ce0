package com.example.heroes.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.example.heroes.HeroesApplication;
import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.Race;
import com.example.heroes.support.RawHttp;
import com.example.heroes.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §9: a create retried with the same {@code Idempotency-Key} creates nothing and
 * answers as the first time, even when the retries race, at one instance or two.
 */
@IntegrationTest
class IdempotencyIT {

	private static final String KEY_REUSED = "/problems/idempotency-key-reused";

	private static final String HERO = """
			{"name": "Deadpond", "secret_name": "Dive Wilson", "age": 30}""";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdempotentCreates idempotency;

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void aRepeatReturnsTheFirstAnswerAndCreatesNothing() {
		EntityExchangeResult<String> first = post(this.http, "/heroes", "key-1", HERO);
		EntityExchangeResult<String> second = post(this.http, "/heroes", "key-1", HERO);
		assertThat(first.getStatus().value()).isEqualTo(201);
		assertThat(second.getStatus().value()).isEqualTo(201);
		assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(second.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
		assertThat(second.getResponseHeaders().getETag()).isEqualTo(first.getResponseHeaders().getETag());
		assertThat(first.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();
		assertThat(second.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(count("hero")).isEqualTo(1);
	}

	@Test
	void theSameBodyWrittenDifferentlyIsTheSameRequest() {
		post(this.http, "/teams", "key-2", "{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}");
		EntityExchangeResult<String> again = post(this.http, "/teams", "key-2", """
				{
				  "headquarters" : "Sharp Tower",
				  "name" : "Preventers"
				}""");
		assertThat(again.getStatus().value()).isEqualTo(201);
		assertThat(count("team")).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIs422() {
		post(this.http, "/heroes", "key-3", HERO);
		EntityExchangeResult<String> other = post(this.http, "/heroes", "key-3", HERO.replace("30", "31"));
		assertProblem(other, 422, KEY_REUSED);
		assertThat(other.getResponseBody()).contains("Idempotency-Key");
		EntityExchangeResult<String> otherEndpoint = post(this.http, "/teams", "key-3",
				"{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}");
		assertProblem(otherEndpoint, 422, KEY_REUSED);
		assertThat(count("hero")).isEqualTo(1);
		assertThat(count("team")).isZero();
	}

	@Test
	void aRepeatDoesNotTellWhetherAGuessedSecretNameIsTheStoredOne() {
		EntityExchangeResult<String> first = post(this.http, "/heroes", "key-secret", HERO);
		EntityExchangeResult<String> right = post(this.http, "/heroes", "key-secret", HERO);
		EntityExchangeResult<String> wrong = post(this.http, "/heroes", "key-secret",
				HERO.replace("Dive Wilson", "A Guess"));
		assertThat(right.getStatus().value()).isEqualTo(201);
		assertThat(wrong.getStatus().value()).isEqualTo(right.getStatus().value());
		assertThat(wrong.getResponseBody()).isEqualTo(right.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(wrong.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		// The first request's values stand: the repeat created and changed nothing.
		assertThat(this.jdbc.queryForObject("SELECT secret_name FROM hero", String.class)).isEqualTo("Dive Wilson");
		assertThat(count("hero")).isEqualTo(1);
		// Every other field is still compared.
		assertThat(post(this.http, "/heroes", "key-secret", HERO.replace("30", "31")).getStatus().value())
			.isEqualTo(422);
	}

	@Test
	void aBulkRepeatDoesNotTellWhetherAGuessedSecretNameIsTheStoredOne() {
		String bulk = "[" + HERO + ", " + HERO.replace("Deadpond", "Rusty-Man") + "]";
		assertThat(post(this.http, "/heroes/bulk", "key-bulk-secret", bulk).getStatus().value()).isEqualTo(201);
		assertThat(
				post(this.http, "/heroes/bulk", "key-bulk-secret", bulk.replace("Dive Wilson", "A Guess")).getStatus()
					.value())
			.isEqualTo(201);
		assertThat(count("hero")).isEqualTo(2);
	}

	@Test
	void bulkCreatesAreIdempotentToo() {
		String body = "[" + HERO + ", " + HERO.replace("Deadpond", "Deadpond Two") + "]";
		EntityExchangeResult<String> first = post(this.http, "/heroes/bulk", "key-4", body);
		EntityExchangeResult<String> second = post(this.http, "/heroes/bulk", "key-4", body);
		assertThat(first.getStatus().value()).isEqualTo(201);
		assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(count("hero")).isEqualTo(2);
	}

	@Test
	void aRefusalIsTheFirstAnswerAndIsReplayedEvenAfterTheDataChanges() {
		String preventers = "{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}";
		long taken = this.api.createTeam("Preventers", "Elsewhere");
		EntityExchangeResult<String> first = post(this.http, "/teams", "key-5", preventers);
		assertThat(first.getStatus().value()).isEqualTo(409);

		this.http.delete().uri("/teams/{id}", taken).exchange().expectStatus().isNoContent();
		EntityExchangeResult<String> again = post(this.http, "/teams", "key-5", preventers);
		assertThat(again.getStatus().value()).isEqualTo(409);
		assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(again.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.getResponseHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(count("team")).isZero();

		EntityExchangeResult<String> other = post(this.http, "/teams", "key-5", preventers.replace("Sharp", "Blunt"));
		assertProblem(other, 422, KEY_REUSED);
	}

	@Test
	void invalidInputStoresNothingSoTheKeyStaysFree() {
		assertThat(post(this.http, "/heroes", "key-8", "{\"name\": \"\"}").getStatus().value()).isEqualTo(422);
		assertThat(count("idempotency_key")).isZero();
		assertThat(post(this.http, "/heroes", "key-8", HERO).getStatus().value()).isEqualTo(201);
	}

	@ParameterizedTest
	@ValueSource(strings = { "has space", "tab\there", "" })
	void aKeyThatIsNotVisibleAsciiIs422(String key) {
		EntityExchangeResult<String> result = post(this.http, "/heroes", key, HERO);
		assertThat(result.getStatus().value()).isEqualTo(422);
		assertThat(result.getResponseBody()).contains("\"field\":\"Idempotency-Key\"");
		assertThat(count("hero")).isZero();
	}

	@Test
	void aKeyWithANonAsciiByteIs422() throws Exception {
		String response = RawHttp.exchange(this.port, "POST /heroes HTTP/1.1\r\nContent-Type: application/json\r\n"
				+ "Idempotency-Key: caf\u00e9\r\nContent-Length: " + HERO.length() + "\r\n", HERO);
		assertThat(response).startsWith("HTTP/1.1 422").contains("Idempotency-Key");
		assertThat(count("hero")).isZero();
	}

	@Test
	void twoKeyLinesAre422NotOneKeyJoinedFromBoth() throws Exception {
		String response = RawHttp.exchange(this.port,
				"POST /heroes HTTP/1.1\r\nContent-Type: application/json\r\n"
						+ "Idempotency-Key: k6\r\nIdempotency-Key: k7\r\nContent-Length: " + HERO.length() + "\r\n",
				HERO);
		assertThat(response).startsWith("HTTP/1.1 422").contains("\"field\":\"Idempotency-Key\"");
		assertThat(count("hero")).isZero();
		assertThat(post(this.http, "/heroes", "order,17", HERO).getStatus().value()).isEqualTo(201);
		assertThat(post(this.http, "/heroes", "order,17", HERO).getResponseHeaders().getFirst("Idempotent-Replayed"))
			.isEqualTo("true");
		assertThat(count("hero")).isEqualTo(1);
	}

	@Test
	void aKeyOfMoreThan255CharactersIs422() {
		assertThat(post(this.http, "/heroes", "k".repeat(256), HERO).getStatus().value()).isEqualTo(422);
		assertThat(post(this.http, "/heroes", "k".repeat(255), HERO).getStatus().value()).isEqualTo(201);
	}

	@Test
	void concurrentRepeatsCreateExactlyOneHero() throws Exception {
		List<EntityExchangeResult<String>> results = Race.of(16, (i) -> post(this.http, "/heroes", "key-6", HERO));
		assertThat(results).allSatisfy((result) -> assertThat(result.getStatus().value()).isEqualTo(201));
		assertThat(results.stream().map(EntityExchangeResult::getResponseBody).distinct()).hasSize(1);
		assertThat(count("hero")).isEqualTo(1);
	}

	@Test
	void concurrentRepeatsAtTwoInstancesCreateExactlyOneHero() throws Exception {
		try (ConfigurableApplicationContext second = startSecondInstance()) {
			int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
			RestTestClient other = RestTestClient.bindToServer().baseUrl("http://localhost:" + secondPort).build();
			List<EntityExchangeResult<String>> results = Race.of(16,
					(i) -> post((i % 2 == 0) ? this.http : other, "/heroes", "key-7", HERO));
			assertThat(results).allSatisfy((result) -> assertThat(result.getStatus().value()).isEqualTo(201));
			assertThat(results.stream().map(EntityExchangeResult::getResponseBody).distinct()).hasSize(1);
			assertThat(count("hero")).isEqualTo(1);
		}
	}

	@Test
	void anExpiredKeyIsFreeAgainAndTheCleanupDeletesIt() {
		post(this.http, "/heroes", "old-key", HERO);
		this.jdbc.update("UPDATE idempotency_key SET created_at = ? WHERE key = 'old-key'",
				Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)));
		assertThat(post(this.http, "/heroes", "old-key", HERO.replace("30", "31")).getStatus().value()).isEqualTo(201);
		assertThat(count("hero")).isEqualTo(2);

		this.jdbc.update("INSERT INTO idempotency_key (key, fingerprint, response, created_at) VALUES (?, ?, '{}', ?)",
				"stale", new byte[32], Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)));
		this.jdbc.update("INSERT INTO idempotency_key (key, fingerprint, response, created_at) VALUES (?, ?, '{}', ?)",
				"fresh", new byte[32], Timestamp.from(Instant.now().minus(23, ChronoUnit.HOURS)));
		assertThat(this.idempotency.deleteExpired()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT key FROM idempotency_key ORDER BY key", String.class))
			.containsExactly("fresh", "old-key");
	}

	@Test
	void withoutAKeyEveryPostCreates() {
		post(this.http, "/heroes", null, HERO);
		post(this.http, "/heroes", null, HERO);
		assertThat(count("hero")).isEqualTo(2);
		assertThat(count("idempotency_key")).isZero();
	}

	private ConfigurableApplicationContext startSecondInstance() {
		TestDatabase database = TestDatabase.get();
		// Arguments, not builder properties: those are defaults that application.yml
		// overrides.
		return new SpringApplicationBuilder(HeroesApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--spring.main.banner-mode=off");
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}

	private static EntityExchangeResult<String> post(RestTestClient client, String path, String key, String json) {
		RestTestClient.RequestBodySpec request = client.post().uri(path).contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return request.body(json).exchange().returnResult(String.class);
	}

}
