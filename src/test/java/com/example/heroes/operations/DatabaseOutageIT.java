package com.example.heroes.operations;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.heroes.HeroesApplication;
import com.example.heroes.support.FaultFigures;
import com.example.heroes.support.Load;
import com.example.heroes.support.TcpProxy;
import com.example.heroes.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * API.md §2 and §11: while the database cannot be reached, requests are answered 503 with
 * {@code Retry-After} within 5 seconds, never held; readiness is DOWN and liveness UP;
 * and when the database is back, the service recovers by itself. The application runs
 * here on its own, reaching the run's database through a proxy the test cuts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIT {

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

	/**
	 * More writers than the pool has connections, so some queue for one. Every fourth
	 * request is a bulk of {@link #BULK} heroes, which uses up blocks of ids, so that new
	 * ones are fetched from the sequence during a cut.
	 */
	private static final int WRITERS = 12;

	private static final int BULK = 60;

	private TestDatabase database;

	private String baseUrl;

	private TcpProxy proxy;

	private ConfigurableApplicationContext application;

	private RestTestClient http;

	@BeforeAll
	void start() throws Exception {
		TestDatabase database = TestDatabase.get();
		this.database = database;
		Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.*)").matcher(database.url());
		assertThat(url.matches()).as("a PostgreSQL JDBC URL: %s", database.url()).isTrue();
		this.proxy = new TcpProxy(url.group(1), Integer.parseInt(url.group(2)));
		this.application = new SpringApplicationBuilder(HeroesApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + this.proxy.port() + "/" + url.group(3),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password());
		String port = this.application.getEnvironment().getProperty("local.server.port");
		this.baseUrl = "http://localhost:" + port;
		this.http = RestTestClient.bindToServer().baseUrl(this.baseUrl).build();
	}

	@AfterEach
	void reconnect() throws Exception {
		this.proxy.restore();
	}

	@AfterAll
	void stop() throws Exception {
		this.application.close();
		this.proxy.close();
	}

	@Test
	void aRefusedDatabaseIsA503WithRetryAfterAndTheServiceRecovers(CapturedOutput output) throws Exception {
		assertThat(get("/heroes").getStatus().value()).isEqualTo(200);

		this.proxy.refuse();
		assertUnavailable(timedGet("/heroes", "outage-1"));
		assertUnavailable(timedPost("/teams", "{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}"));
		assertThat(output).containsPattern("\\[outage-1\\].*Database unavailable");
		// Readiness follows the heartbeat, which asks the database every second.
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(get("/actuator/health/readiness").getStatus().value()).isEqualTo(503));
		assertThat(get("/actuator/health/liveness").getStatus().value()).isEqualTo(200);

		this.proxy.restore();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(get("/heroes").getStatus().value()).isEqualTo(200);
			assertThat(get("/actuator/health/readiness").getStatus().value()).isEqualTo(200);
		});
	}

	@Test
	void aCreateThatFailedForTheOutageIsNotReplayed() throws Exception {
		String hero = "{\"name\": \"Deadpond\", \"secret_name\": \"Dive Wilson\"}";
		this.proxy.refuse();
		assertThat(createWithKey(hero).getStatus().value()).isEqualTo(503);
		this.proxy.restore();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(createWithKey(hero).getStatus().value()).isEqualTo(201));
	}

	private EntityExchangeResult<String> createWithKey(String json) {
		return this.http.post()
			.uri("/heroes")
			.header("Idempotency-Key", "during-the-outage")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.returnResult(String.class);
	}

	@Test
	void aDatabaseThatStopsAnsweringIsA503TooNotAHang() throws Exception {
		assertThat(get("/heroes").getStatus().value()).isEqualTo(200);

		this.proxy.blackhole();
		assertUnavailable(timedGet("/heroes", "outage-2"));
		assertUnavailable(timedGet("/teams/stats", "outage-3"));

		this.proxy.restore();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(get("/heroes").getStatus().value()).isEqualTo(200));
	}

	@Test
	void concurrentWritesThroughARefusedCutAreAnsweredInTimeAndNoAcknowledgedWriteIsLost() throws Exception {
		writesThroughACut("writes through a refused cut", this.proxy::refuse);
	}

	@Test
	void concurrentWritesThroughABlackholedCutAreAnsweredInTimeAndNoAcknowledgedWriteIsLost() throws Exception {
		writesThroughACut("writes through a blackholed cut", this.proxy::blackhole);
	}

	/**
	 * Keeps {@link #WRITERS} clients creating heroes, cuts the link to the database until
	 * each client has had two answers to requests sent during the cut, restores it, and
	 * goes on until a create succeeds again. Every answer must have come within 5 s, a
	 * 201 or a 503 with {@code Retry-After}, and every hero acknowledged with a 201 must
	 * be stored.
	 */
	private void writesThroughACut(String scenario, Cut cut) throws Exception {
		List<Load.Answer> answers;
		long cutAt;
		long restoredAt;
		Load load = Load.start(WRITERS,
				(n) -> (n % 4 == 0) ? Load.heroBulkCreate(this.baseUrl, n, BULK) : Load.heroCreate(this.baseUrl, n));
		try {
			await().atMost(Duration.ofSeconds(20)).until(() -> created(load.answers()) >= WRITERS * 2);
			cutAt = System.nanoTime();
			cut.apply();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> load.answers().stream().filter((a) -> a.sentNanos() - cutAt >= 0).count() >= WRITERS * 2);
			restoredAt = System.nanoTime();
			this.proxy.restore();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> load.answers()
					.stream()
					.anyMatch((a) -> a.sentNanos() - restoredAt >= 0 && a.status() == 201));
		}
		finally {
			answers = load.stop();
		}
		List<Long> acknowledged = answers.stream()
			.filter((a) -> a.status() == 201)
			.flatMap((a) -> a.createdIds().stream())
			.toList();
		long stored = countStoredHeroes(acknowledged);
		FaultFigures.print(scenario,
				WRITERS + " writers, slowest answer during the cut "
						+ FaultFigures
							.seconds(FaultFigures.slowest(answers, (a) -> a.inFlightBetween(cutAt, restoredAt)))
						+ ", slowest overall " + FaultFigures.seconds(FaultFigures.slowest(answers, (a) -> true))
						+ "; answers by status " + FaultFigures.byStatus(answers) + "; writes acknowledged "
						+ acknowledged.size() + ", found stored " + stored);

		assertThat(FaultFigures.slowest(answers, (a) -> true)).as("the slowest answer").isLessThan(ANSWER_WITHIN);
		assertThat(answers).filteredOn((a) -> a.status() != 201 && a.status() != 503)
			.as("answers other than a 201 or a 503")
			.isEmpty();
		assertThat(answers).filteredOn((a) -> a.status() == 503)
			.allSatisfy((answer) -> assertThat(answer.retryAfter()).as("Retry-After").matches("\\d+"));
		assertThat(answers).as("the cut was felt").anyMatch((a) -> a.status() == 503);
		assertThat(stored).as("every acknowledged write is stored").isEqualTo(acknowledged.size());
	}

	private static long created(List<Load.Answer> answers) {
		return answers.stream().filter((a) -> a.status() == 201).count();
	}

	private long countStoredHeroes(List<Long> ids) throws Exception {
		try (Connection connection = this.database.connect();
				PreparedStatement statement = connection
					.prepareStatement("SELECT count(*) FROM heroes.hero WHERE id = ANY (?)")) {
			Array array = connection.createArrayOf("bigint", ids.toArray());
			statement.setArray(1, array);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	@FunctionalInterface
	private interface Cut {

		void apply() throws Exception;

	}

	private void assertUnavailable(Timed<EntityExchangeResult<String>> answer) {
		assertThat(answer.elapsed()).as("answered in time").isLessThan(ANSWER_WITHIN);
		EntityExchangeResult<String> result = answer.value();
		assertThat(result.getStatus().value()).isEqualTo(503);
		assertThat(result.getResponseHeaders().getFirst("Retry-After")).matches("\\d+");
		assertThat(result.getResponseBody()).contains("\"type\":\"/problems/service-unavailable\"")
			.doesNotContain("Exception")
			.doesNotContain("jdbc");
	}

	private EntityExchangeResult<String> get(String path) {
		return this.http.get().uri(path).exchange().returnResult(String.class);
	}

	private Timed<EntityExchangeResult<String>> timedGet(String path, String requestId) {
		return timed(() -> this.http.get()
			.uri(path)
			.header("X-Request-Id", requestId)
			.exchange()
			.returnResult(String.class));
	}

	private Timed<EntityExchangeResult<String>> timedPost(String path, String json) {
		return timed(() -> this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.returnResult(String.class));
	}

	private static <T> Timed<T> timed(java.util.function.Supplier<T> call) {
		long start = System.nanoTime();
		T value = call.get();
		return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
	}

	private record Timed<T>(T value, Duration elapsed) {
	}

}
