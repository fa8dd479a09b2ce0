package com.example.heroes.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.example.heroes.support.Api;
import com.example.heroes.support.FaultFigures;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.LockWaits;
import com.example.heroes.support.Load;
import com.example.heroes.support.TestDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * API.md §2: a service saturated while the database is up answers 503
 * {@code /problems/overloaded} with {@code Retry-After}, never that the database cannot
 * be reached, and readiness stays UP. The pool is made small, and its wait short, so that
 * a few clients saturate it.
 */
@IntegrationTest
// Its own small pool or thread count: closed after, to free the shared server's
// connections.
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=" + SaturationIT.POOL,
		"spring.datasource.hikari.connection-timeout=1000" })
class SaturationIT {

	static final int POOL = 3;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	MeterRegistry meters;

	@Test
	void aRequestThatFindsEveryConnectionBusyIsOverloadedWithRetryAfterAndReadinessStaysUp() throws Exception {
		long id = this.api.createHero("Slowpoke", "s", null, null);
		try (Connection lock = TestDatabase.get().connect()) {
			lock.setAutoCommit(false);
			try (Statement statement = lock.createStatement()) {
				statement.execute("SELECT 1 FROM heroes.hero WHERE id = " + id + " FOR UPDATE");
			}
			List<CompletableFuture<HttpResponse<String>>> holders = new ArrayList<>();
			for (int i = 0; i < POOL; i++) {
				holders.add(this.http.sendAsync(request("/heroes/" + id).header("Content-Type", "application/json")
					.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"age\": " + i + "}"))
					.build(), HttpResponse.BodyHandlers.ofString()));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> LockWaits.sessions(lock) == POOL);

			HttpResponse<String> refused = send(request("/heroes").build());
			HttpResponse<String> readiness = send(request("/actuator/health/readiness").build());
			lock.rollback();

			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.body()).contains("\"type\":\"/problems/overloaded\"");
			assertThat(refused.headers().firstValue("Retry-After"))
				.hasValueSatisfying((v) -> assertThat(v).matches("\\d+"));
			assertThat(refused.headers().firstValue("X-Request-Id")).isPresent();
			assertThat(readiness.statusCode()).as("readiness: %s", readiness.body()).isEqualTo(200);
			for (CompletableFuture<HttpResponse<String>> holder : holders) {
				assertThat(holder.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			}
		}
	}

	/**
	 * A create without an Idempotency-Key that waits for a lock past the request's
	 * deadline is a 503, and then stores nothing, even once the lock is free: a client
	 * that retries, as Retry-After invites it to, creates one hero, not two.
	 */
	@Test
	void aCreateAnswered503AfterWaitingForALockStoresNothing() throws Exception {
		HttpResponse<String> refused;
		long waiting;
		try (Connection lock = TestDatabase.get().connect()) {
			lock.setAutoCommit(false);
			try (Statement statement = lock.createStatement()) {
				statement.execute("LOCK TABLE heroes.hero IN SHARE MODE");
			}
			refused = send(request("/heroes").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Too Late\", \"secret_name\": \"s\"}"))
				.build());
			assertThat(LockWaits.pids(lock)).as("sessions waiting for the lock").hasSize(1);
			waiting = LockWaits.pids(lock).get(0);
			lock.commit();
			// The create's session goes once it finds its client gone.
			await().atMost(Duration.ofSeconds(10)).until(() -> !sessionExists(lock, waiting));
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
			try (Statement statement = lock.createStatement();
					ResultSet rows = statement
						.executeQuery("SELECT count(*) FROM heroes.hero WHERE name = 'Too Late'")) {
				rows.next();
				assertThat(rows.getLong(1)).isZero();
			}
		}
	}

	/**
	 * A create that waits for a lock past its deadline found the database answering: it
	 * is overloaded, never reported as the database being away, with or without an
	 * Idempotency-Key, one hero or many.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/heroes | | {\"name\": \"Late\", \"secret_name\": \"s\"}",
					"/heroes | late-key-1 | {\"name\": \"Late\", \"secret_name\": \"s\"}",
					"/heroes/bulk | | [{\"name\": \"Late\", \"secret_name\": \"s\"}]",
					"/heroes/bulk | late-key-2 | [{\"name\": \"Late\", \"secret_name\": \"s\"}]" })
	void aCreateThatWaitsForALockPastItsDeadlineIsOverloaded(String path, String key, String body) throws Exception {
		HttpResponse<String> refused;
		try (Connection lock = TestDatabase.get().connect()) {
			lock.setAutoCommit(false);
			try (Statement statement = lock.createStatement()) {
				statement.execute("LOCK TABLE heroes.hero IN SHARE MODE");
			}
			HttpRequest.Builder create = request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (key != null) {
				create.header("Idempotency-Key", key);
			}
			refused = send(create.build());
			lock.rollback();
		}
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
		assertThat(refused.body()).contains("\"type\":\"/problems/overloaded\"");
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
	}

	private static boolean sessionExists(Connection connection, long pid) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_stat_activity WHERE pid = " + pid)) {
			return rows.next();
		}
	}

	/**
	 * The create is refused (its team goes while it waits for the team's row) and its
	 * connection goes to a request queued for one, so that storing the refusal for its
	 * {@code Idempotency-Key} finds no connection free in time.
	 */
	@Test
	void anIdempotentCreateRefusedWhileThePoolIsBusyStaysA503WithRetryAfterAndTheRequestId(CapturedOutput output)
			throws Exception {
		// Hikari may hand the released connection back to the refused create itself
		// rather
		// than to the request queued for one; then the refusal is stored, and the scene
		// is
		// set again with another key. Every time the pool is busy, the answer is checked.
		boolean busy = false;
		for (int attempt = 0; attempt < 5 && !busy; attempt++) {
			busy = refusedWhileThePoolIsBusy(output, attempt);
		}
		assertThat(busy).as("the refusal met a busy pool in one of 5 attempts").isTrue();
	}

	private boolean refusedWhileThePoolIsBusy(CapturedOutput output, int attempt) throws Exception {
		String key = "refused-while-busy-" + attempt;
		String requestId = "refused-while-busy-" + attempt + "-1";
		int logged = output.getAll().length();
		long hero = this.api.createHero("Slowpoke " + attempt, "s", null, null);
		long team = this.api.createTeam("Doomed " + attempt, "Nowhere");
		Gauge waiting = this.meters.get("heroes.database.connections.waiting").gauge();
		try (Connection heroLock = TestDatabase.get().connect(); Connection teamLock = TestDatabase.get().connect()) {
			heroLock.setAutoCommit(false);
			teamLock.setAutoCommit(false);
			try (Statement statement = heroLock.createStatement()) {
				statement.execute("SELECT 1 FROM heroes.hero WHERE id = " + hero + " FOR UPDATE");
			}
			try (Statement statement = teamLock.createStatement()) {
				statement.execute("SELECT 1 FROM heroes.team WHERE id = " + team + " FOR UPDATE");
			}
			List<CompletableFuture<HttpResponse<String>>> holders = new ArrayList<>();
			for (int i = 0; i < POOL - 1; i++) {
				holders.add(patchAsync(hero, i));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> LockWaits.sessions(heroLock) == POOL - 1);
			CompletableFuture<HttpResponse<String>> create = this.http
				.sendAsync(request("/heroes").header("Content-Type", "application/json")
					.header("Idempotency-Key", key)
					.header("X-Request-Id", requestId)
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"name\": \"Latecomer\", \"secret_name\": \"s\", \"team_id\": " + team + "}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			await().atMost(Duration.ofSeconds(10)).until(() -> LockWaits.sessions(heroLock) == POOL);
			holders.add(patchAsync(hero, POOL));
			await().atMost(Duration.ofSeconds(10)).until(() -> waiting.value() == 1);
			try (Statement statement = teamLock.createStatement()) {
				statement.execute("DELETE FROM heroes.team WHERE id = " + team);
			}
			teamLock.commit();

			HttpResponse<String> refused = create.get(10, TimeUnit.SECONDS);
			heroLock.rollback();
			if (refused.statusCode() == 409) {
				for (CompletableFuture<HttpResponse<String>> holder : holders) {
					holder.get(10, TimeUnit.SECONDS);
				}
				return false;
			}

			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After"))
				.hasValueSatisfying((v) -> assertThat(v).matches("\\d+"));
			assertThat(refused.headers().firstValue("X-Request-Id")).hasValue(requestId);
			assertThat(output.getAll()
				.substring(logged)
				.lines()
				.filter((line) -> line.contains("Overloaded:") || line.contains("Database unavailable:"))).isNotEmpty()
				.allSatisfy((line) -> assertThat(line).contains("[" + requestId + "]"));
			for (CompletableFuture<HttpResponse<String>> holder : holders) {
				assertThat(holder.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			}
		}
		HttpResponse<String> retried = send(request("/heroes").header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"name\": \"Latecomer\", \"secret_name\": \"s\", \"team_id\": " + team + "}"))
			.build());
		assertThat(retried.statusCode()).as("the retry runs afresh").isEqualTo(409);
		assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
		return true;
	}

	private CompletableFuture<HttpResponse<String>> patchAsync(long hero, int age) {
		return this.http.sendAsync(request("/heroes/" + hero).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"age\": " + age + "}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void manyConcurrentThousandHeroBulksWithReadsBesideThemAreNeverAnOutageAndReadinessStaysUp() throws Exception {
		String base = "http://localhost:" + this.port;
		List<Load.Answer> bulks;
		List<Load.Answer> reads;
		List<Load.Answer> probes;
		Load bulkLoad = Load.start(POOL * 2, (n) -> Load.heroBulkCreate(base, n, 1000));
		Load readLoad = Load.start(2, (n) -> request("/heroes?limit=10"));
		Load readinessLoad = Load.start(1, (n) -> request("/actuator/health/readiness"));
		try {
			await().atMost(Duration.ofSeconds(90)).until(() -> bulkLoad.answers().size() >= POOL * 4);
		}
		finally {
			bulks = bulkLoad.stop();
			reads = readLoad.stop();
			probes = readinessLoad.stop();
		}
		List<Load.Answer> all = new ArrayList<>(bulks);
		all.addAll(reads);
		FaultFigures.print("pool saturation with the database up",
				POOL * 2 + " clients sending 1000-hero bulks on a pool of " + POOL + ", 2 readers; bulks by status "
						+ FaultFigures.byStatus(bulks) + ", reads by status " + FaultFigures.byStatus(reads)
						+ ", readiness by status " + FaultFigures.byStatus(probes) + "; slowest answer "
						+ FaultFigures.seconds(FaultFigures.slowest(all, (a) -> true)));

		assertThat(all).filteredOn((a) -> a.status() != 200 && a.status() != 201).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(503);
			assertThat(answer.body()).contains("\"type\":\"/problems/overloaded\"");
			assertThat(answer.retryAfter()).matches("\\d+");
		});
		assertThat(bulks).as("bulks stored").anyMatch((a) -> a.status() == 201);
		assertThat(probes).isNotEmpty().allSatisfy((probe) -> assertThat(probe.status()).isEqualTo(200));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
