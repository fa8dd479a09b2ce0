package com.example.heroes.team;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.LockWaits;
import com.example.heroes.support.SqlStatements;
import com.example.heroes.support.TestDatabase;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /teams/stats} aggregates every hero. The same page asked for by many clients
 * while its read is under way is read once more for all of them, not once each; a page
 * asked for while none is under way is read at once.
 */
@IntegrationTest
class TeamStatsSharedReadIT {

	private static final int WAITING = 5;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	SqlStatements sql;

	@Autowired
	MeterRegistry meters;

	@Test
	void identicalStatsRequestsThatArriveWhileOneIsReadShareTheNextRead() throws Exception {
		long team = this.api.createTeam("Shared", "x");
		this.api.createHero("Counted", "s", 30, team);
		this.sql.clear();
		List<CompletableFuture<HttpResponse<String>>> later = new ArrayList<>();
		CompletableFuture<HttpResponse<String>> first;
		try (Connection lock = lockHeroes()) {
			first = get("/teams/stats");
			await().atMost(Duration.ofSeconds(10)).until(() -> LockWaits.sessions(lock) == 1);
			for (int i = 0; i < WAITING; i++) {
				later.add(get("/teams/stats"));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> requestsInFlight() == WAITING + 1);
			lock.commit();
		}
		HttpResponse<String> firstAnswer = first.get();
		assertThat(firstAnswer.statusCode()).isEqualTo(200);
		assertThat(firstAnswer.body()).contains("\"name\":\"Shared\",\"hero_count\":1");
		for (CompletableFuture<HttpResponse<String>> answer : later) {
			assertThat(answer.get().statusCode()).isEqualTo(200);
			assertThat(answer.get().body()).isEqualTo(firstAnswer.body());
		}
		// The first read, and the next for the five. (A request counted in flight that
		// had not yet reached the stats when the next read began would wait for a third.)
		assertThat(statsReads()).as(this.sql.describe()).isBetween(2L, (long) WAITING);
	}

	@Test
	void statsRequestsOneAfterAnotherEachReadTheStats() {
		long team = this.api.createTeam("Growing", "x");
		this.sql.clear();
		this.api.createHero("One", "s", 30, team);
		assertThat(body("/teams/stats")).contains("\"name\":\"Growing\",\"hero_count\":1");
		this.api.createHero("Two", "s", 40, team);
		assertThat(body("/teams/stats")).contains("\"name\":\"Growing\",\"hero_count\":2");
		assertThat(statsReads()).isEqualTo(2);
	}

	@Test
	void anotherPageAskedForWhileOneIsReadIsReadOnItsOwn() throws Exception {
		this.api.createTeam("Alpha", "x");
		this.api.createTeam("Beta", "x");
		CompletableFuture<HttpResponse<String>> first;
		CompletableFuture<HttpResponse<String>> second;
		try (Connection lock = lockHeroes()) {
			first = get("/teams/stats?limit=1");
			await().atMost(Duration.ofSeconds(10)).until(() -> LockWaits.sessions(lock) == 1);
			second = get("/teams/stats?limit=1&offset=1");
			await().atMost(Duration.ofSeconds(10)).until(() -> LockWaits.sessions(lock) == 2);
			lock.commit();
		}
		assertThat(first.get().body()).contains("Alpha").doesNotContain("Beta");
		assertThat(second.get().body()).contains("Beta").doesNotContain("Alpha");
	}

	/**
	 * A connection whose transaction holds the hero table: a stats read waits for it
	 * until it commits.
	 */
	private static Connection lockHeroes() throws SQLException {
		Connection lock = TestDatabase.get().connect();
		lock.setAutoCommit(false);
		try (Statement statement = lock.createStatement()) {
			statement.execute("LOCK TABLE heroes.hero IN ACCESS EXCLUSIVE MODE");
		}
		return lock;
	}

	@Test
	void requestsWithAnotherConsistencyTokenAreReadOnTheirOwn() throws Exception {
		String first = consistencyTokenOfACreate("Alpha");
		String second = consistencyTokenOfACreate("Beta");
		assertThat(first).isNotEqualTo(second);
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		try (Connection lock = lockHeroes()) {
			answers.add(get("/teams/stats", first));
			await().atMost(Duration.ofSeconds(10)).until(() -> LockWaits.sessions(lock) == 1);
			answers.add(get("/teams/stats", second));
			await().atMost(Duration.ofSeconds(10)).until(() -> LockWaits.sessions(lock) == 2);
			lock.commit();
		}
		for (CompletableFuture<HttpResponse<String>> answer : answers) {
			assertThat(answer.get().statusCode()).isEqualTo(200);
			assertThat(answer.get().body()).contains("Alpha", "Beta");
		}
	}

	private String consistencyTokenOfACreate(String team) throws Exception {
		HttpResponse<String> created = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/teams"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + team + "\", \"headquarters\": \"x\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		return created.headers().firstValue("Consistency-Token").orElseThrow();
	}

	private long statsReads() {
		return this.sql.executions()
			.stream()
			.filter((execution) -> String.join(" ", execution.sql()).contains("group by"))
			.count();
	}

	/**
	 * The requests the service is serving now: only this test's. (A request's {@code uri}
	 * tag is known when it ends, not while it is served.)
	 */
	private long requestsInFlight() {
		return Search.in(this.meters)
			.name("http.server.requests.active")
			.longTaskTimers()
			.stream()
			.mapToLong(LongTaskTimer::activeTasks)
			.sum();
	}

	private CompletableFuture<HttpResponse<String>> get(String path) {
		return this.http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private CompletableFuture<HttpResponse<String>> get(String path, String consistencyToken) {
		return this.http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Consistency-Token", consistencyToken)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String body(String path) {
		return get(path).join().body();
	}

}
