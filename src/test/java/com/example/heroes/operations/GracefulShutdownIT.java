package com.example.heroes.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.example.heroes.support.PackagedApp;
import com.example.heroes.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * API.md §11: on SIGTERM, requests in flight finish before the process exits. The
 * packaged application runs as a process of its own; a request is held in flight by a row
 * lock the test takes, the process gets SIGTERM, and the request must still be answered
 * once the lock goes.
 */
class GracefulShutdownIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRequestInFlightIsAnsweredAfterSigterm() throws Exception {
		TestDatabase database = TestDatabase.get();
		try (PackagedApp app = PackagedApp.start()) {
			String base = app.baseUrl();
			HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/heroes"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Slowpoke\", \"secret_name\": \"s\"}"))
				.build());
			assertThat(created.statusCode()).isEqualTo(201);
			String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");

			CompletableFuture<Process> exited;
			try (Connection lock = database.connect()) {
				lock.setAutoCommit(false);
				try (Statement statement = lock.createStatement()) {
					statement.execute("SELECT 1 FROM heroes.hero WHERE id = " + id + " FOR UPDATE");
				}
				CompletableFuture<HttpResponse<String>> inFlight = this.http
					.sendAsync(HttpRequest.newBuilder(URI.create(base + "/heroes/" + id))
						.header("Content-Type", "application/json")
						.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"age\": 99}"))
						.build(), HttpResponse.BodyHandlers.ofString());
				await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnLock(lock));

				exited = app.terminate();
				// The shutdown has begun, and the request cannot end while the lock is
				// held: the process must still be there, waiting for it.
				app.awaitOutput("Commencing graceful shutdown", Duration.ofSeconds(20));
				assertThat(exited).as("the process waits for the request in flight").isNotDone();
				assertThat(inFlight).isNotDone();
				lock.rollback();

				HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
				assertThat(answer.statusCode()).isEqualTo(200);
				assertThat(answer.body()).contains("\"age\":99");
			}
			assertThat(exited).as("the process exits by itself").succeedsWithin(Duration.ofSeconds(30));
			assertThat(app.output()).contains("Graceful shutdown complete");
		}
	}

	/**
	 * Whether a session is waiting for a lock that this connection's transaction holds.
	 */
	private static boolean waitingOnLock(Connection lock) throws Exception {
		try (Statement statement = lock.createStatement();
				var rows = statement.executeQuery(
						"SELECT count(*) FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))")) {
			rows.next();
			return rows.getInt(1) > 0;
		}
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
