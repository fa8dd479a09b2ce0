package com.example.heroes.operations;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		Path log = Files.createTempFile("heroes-shutdown", ".log");
		Process process = new ProcessBuilder(javaExecutable(), "-jar", jar(), "--server.port=0",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			int port = awaitPort(log);
			String base = "http://localhost:" + port;
			HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/heroes"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Slowpoke\", \"secret_name\": \"s\"}"))
				.build());
			assertThat(created.statusCode()).isEqualTo(201);
			String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");

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

				process.destroy();
				Thread.sleep(1000);
				assertThat(process.isAlive()).as("the process waits for the request in flight").isTrue();
				assertThat(inFlight).isNotDone();
				lock.rollback();

				HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
				assertThat(answer.statusCode()).isEqualTo(200);
				assertThat(answer.body()).contains("\"age\":99");
			}
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the process exits").isTrue();
			assertThat(Files.readString(log)).contains("Graceful shutdown complete");
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(log);
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

	private static int awaitPort(Path log) {
		Pattern started = Pattern.compile("Tomcat started on port (\\d+)");
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Matcher matcher = started.matcher(Files.readString(log));
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : null;
		}, (port) -> port != null);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String jar() {
		String jar = System.getProperty("heroes.jar");
		assertThat(jar).as("the failsafe configuration names the packaged jar").isNotNull();
		assertThat(new File(jar)).exists();
		return jar;
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
