package com.example.heroes.replica;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.example.heroes.HeroesApplication;
import com.example.heroes.support.Race;
import com.example.heroes.support.ReplicaPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * API.md §12: reads served by a streaming replica, writes by the primary, and a
 * {@code Consistency-Token} that makes a read see the write it came from. The test makes
 * a primary and a replica of its own ({@link ReplicaPair}), and runs the application on
 * them with {@code heroes.replica.url}. The replica is held back with
 * {@code pg_wal_replay_pause()}, so what it serves is told from what the primary serves,
 * and at the end it is stopped while clients read.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIT {

	private static ReplicaPair pair;

	private static ConfigurableApplicationContext application;

	private final HttpClient client = HttpClient.newHttpClient();

	@BeforeAll
	static void startThePairAndTheApplication() throws Exception {
		pair = ReplicaPair.start();
		application = new SpringApplicationBuilder(HeroesApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + pair.primaryUrl(),
				"--heroes.replica.url=" + pair.replicaUrl(), "--heroes.replica.max-lag=10m",
				"--heroes.replica.check-interval=100ms");
	}

	@AfterAll
	static void stopThem() {
		if (application != null) {
			application.close();
		}
		if (pair != null) {
			pair.close();
		}
	}

	@Test
	@Order(1)
	void readsGoToTheReplicaAndATokenReadSeesTheWriteWhileTheReplicaIsHeldBack() throws Exception {
		HttpResponse<String> first = send("POST", "/heroes", "{\"name\": \"Early\", \"secret_name\": \"s\"}");
		assertThat(first.statusCode()).isEqualTo(201);
		String early = location(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> send("GET", early, null).statusCode() == 200);

		String late;
		try (Connection replica = pair.connectToReplica(); Statement statement = replica.createStatement()) {
			statement.execute("SELECT pg_wal_replay_pause()");
			await().atMost(Duration.ofSeconds(30)).until(() -> paused(statement));

			HttpResponse<String> created = send("POST", "/heroes", "{\"name\": \"Late\", \"secret_name\": \"s\"}");
			assertThat(created.statusCode()).isEqualTo(201);
			String token = created.headers().firstValue("Consistency-Token").orElseThrow();
			assertThat(token).matches("[0-9A-F]{1,8}/[0-9A-F]{1,8}");
			late = location(created);

			assertThat(send("GET", late, null).statusCode()).as("the replica, held back, has not got it")
				.isEqualTo(404);
			assertThat(send("GET", "/heroes?name=late", null).body()).isEqualTo("[]");
			assertThat(send("GET", late, null, "Consistency-Token", token).statusCode())
				.as("with the token, the primary answers")
				.isEqualTo(200);
			assertThat(send("GET", "/heroes?name=late", null, "Consistency-Token", token).body()).contains("Late");

			HttpResponse<String> patched = send("PATCH", late, "{\"age\": 40}");
			assertThat(patched.statusCode()).as("writes go to the primary").isEqualTo(200);
			assertThat(patched.headers().firstValue("Consistency-Token")).isPresent();

			statement.execute("SELECT pg_wal_replay_resume()");
		}
		String resumed = late;
		await().atMost(Duration.ofSeconds(30)).until(() -> send("GET", resumed, null).body().contains("\"age\":40"));
	}

	@Test
	@Order(2)
	void stoppingTheReplicaWhileClientsReadGivesNoServerError() throws Exception {
		HttpResponse<String> created = send("POST", "/heroes", "{\"name\": \"Steady\", \"secret_name\": \"s\"}");
		String path = location(created);
		String token = created.headers().firstValue("Consistency-Token").orElseThrow();
		try (Connection replica = pair.connectToReplica(); Statement statement = replica.createStatement()) {
			await().atMost(Duration.ofSeconds(30)).until(() -> replayed(statement, token));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> application.getBean(ReplicaHealth.class).usable());

		AtomicBoolean stopped = new AtomicBoolean();
		AtomicInteger afterStop = new AtomicInteger();
		CountDownLatch reading = new CountDownLatch(4);
		ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
		List<Integer> counts = Race.of(5, (n) -> {
			if (n == 0) {
				try {
					reading.await();
					pair.stopReplica();
					stopped.set(true);
				}
				catch (Exception ex) {
					unexpected.add("could not stop the replica: " + ex);
				}
				return 0;
			}
			int requests = 0;
			while (afterStop.get() < 200) {
				try {
					HttpResponse<String> read = send("GET", (requests % 2 == 0) ? path : "/heroes?limit=5", null);
					if (read.statusCode() != 200) {
						unexpected.add(read.statusCode() + " " + read.body());
					}
				}
				catch (Exception ex) {
					unexpected.add(ex.toString());
				}
				requests++;
				if (requests == 10) {
					reading.countDown();
				}
				if (stopped.get()) {
					afterStop.incrementAndGet();
				}
			}
			return requests;
		});
		assertThat(unexpected).isEmpty();
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isGreaterThan(200);
		assertThat(application.getBean(ReplicaHealth.class).usable()).isFalse();

		pair.startReplica();
		await().atMost(Duration.ofSeconds(30)).until(() -> application.getBean(ReplicaHealth.class).usable());
	}

	private static boolean replayed(Statement statement, String token) throws Exception {
		try (ResultSet replayed = statement
			.executeQuery("SELECT pg_last_wal_replay_lsn() >= '" + token.replaceAll("[^0-9A-F/]", "") + "'::pg_lsn")) {
			replayed.next();
			return replayed.getBoolean(1);
		}
	}

	private static boolean paused(Statement statement) throws Exception {
		try (ResultSet state = statement.executeQuery("SELECT pg_get_wal_replay_pause_state()")) {
			state.next();
			return "paused".equals(state.getString(1));
		}
	}

	private static String location(HttpResponse<String> created) {
		return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private HttpResponse<String> send(String method, String path, String json, String... headers) throws Exception {
		int port = ((WebServerApplicationContext) application).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
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
