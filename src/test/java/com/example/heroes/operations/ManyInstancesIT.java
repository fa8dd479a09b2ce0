package com.example.heroes.operations;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.heroes.support.Links;
import com.example.heroes.support.PackagedApp;
import com.example.heroes.support.Race;
import com.example.heroes.support.TestDatabase;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * API.md §12, many instances under faults: three instances of the packaged jar start at
 * the same moment on one empty database, behind an HAProxy (Debian's) on a free loopback
 * port, and take a mixed workload through it while one of them is killed with SIGKILL:
 * cursor walks, conditional PATCH races, and creates with an {@code Idempotency-Key} that
 * the clients retry through the balancer whenever an answer is lost. Every walk must
 * complete with no repeat and no gap, every race have exactly one winner, every key make
 * exactly one row, and every acknowledged create be stored.
 */
class ManyInstancesIT {

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Process> processes = new ArrayList<>();

	private final List<PackagedApp> instances = new ArrayList<>();

	private final List<Path> files = new ArrayList<>();

	private String database;

	private String adminUrl;

	@AfterEach
	void stopEverything() throws Exception {
		for (Process process : this.processes) {
			process.destroyForcibly().waitFor();
		}
		for (PackagedApp instance : this.instances) {
			instance.close();
		}
		for (Path file : this.files) {
			Files.deleteIfExists(file);
		}
		if (this.database != null) {
			try (Connection admin = DriverManager.getConnection(this.adminUrl, TestDatabase.get().username(),
					TestDatabase.get().password()); Statement statement = admin.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
			}
		}
	}

	@Test
	void threeInstancesBehindABalancerKeepEveryPromiseWhileOneIsKilled() throws Exception {
		String url = freshDatabase();
		int[] ports = { freePort(), freePort(), freePort() };
		for (int port : ports) {
			startInstance(url, port);
		}
		String balancer = "http://127.0.0.1:" + startHaproxy(ports);
		try {
			await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(250)).until(() -> {
				for (int port : ports) {
					if (status("http://127.0.0.1:" + port + "/actuator/health/readiness") != 200) {
						return false;
					}
				}
				// HAProxy marks an instance up only after its own checks pass (rise 2).
				return status(balancer + "/actuator/health/readiness") == 200;
			});
		}
		catch (ConditionTimeoutException ex) {
			StringBuilder logs = new StringBuilder("not every instance came up:");
			for (Path log : this.instances.stream().map(PackagedApp::log).toList()) {
				String text = Files.readString(log);
				logs.append("\n--- ")
					.append(log)
					.append('\n')
					.append(text.substring(Math.max(0, text.length() - 3000)));
			}
			throw new AssertionError(logs.toString(), ex);
		}
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.get().username(),
				TestDatabase.get().password()); Statement statement = connection.createStatement()) {
			assertThat(single(statement, "SELECT count(*) - count(DISTINCT version) FROM heroes.flyway_schema_history"
					+ " WHERE version IS NOT NULL"))
				.as("each migration ran once")
				.isZero();
			assertThat(single(statement, "SELECT count(*) FROM heroes.cursor_key")).as("one shared cursor key")
				.isEqualTo(1);
		}

		for (int i = 0; i < 60; i++) {
			assertThat(send(balancer, "POST", "/heroes", "{\"name\": \"Seed " + i + "\", \"secret_name\": \"s\"}",
					"Idempotency-Key", "seed-" + i)
				.statusCode()).isEqualTo(201);
		}
		List<Long> raced = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			raced.add(id(send(balancer, "POST", "/heroes", "{\"name\": \"Raced " + i + "\", \"secret_name\": \"s\"}")
				.body()));
		}

		AtomicBoolean killed = new AtomicBoolean();
		ConcurrentLinkedQueue<String> broken = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
		List<Integer> winners = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0));
		Race.of(8, (n) -> {
			try {
				if (n == 0) {
					// The killer: once the clients are under way, one instance dies at
					// once.
					await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 10);
					this.instances.get(1).process().destroyForcibly();
					killed.set(true);
				}
				else if (n <= 2) {
					for (int walk = 0; walk < 3; walk++) {
						walk(balancer, broken);
					}
				}
				else if (n <= 5) {
					for (int i = 0; i < 25; i++) {
						String key = "client-" + n + "-" + i;
						long id = createRetrying(balancer, key, "{\"name\": \"" + key + "\", \"secret_name\": \"s\"}");
						acknowledged.add(id);
					}
				}
				else {
					for (int r = n - 6; r < raced.size(); r += 2) {
						synchronized (winners) {
							winners.set(r, race(balancer, raced.get(r)));
						}
					}
				}
			}
			catch (Exception ex) {
				broken.add(ex.toString());
			}
			return null;
		});

		assertThat(broken).isEmpty();
		assertThat(killed).isTrue();
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.get().username(),
				TestDatabase.get().password()); Statement statement = connection.createStatement()) {
			assertThat(single(statement, "SELECT count(*) FROM heroes.hero WHERE name LIKE 'client-%'"))
				.as("exactly one row per Idempotency-Key")
				.isEqualTo(75);
			assertThat(single(statement, "SELECT count(DISTINCT name) FROM heroes.hero WHERE name LIKE 'client-%'"))
				.isEqualTo(75);
			for (long id : acknowledged) {
				assertThat(single(statement, "SELECT count(*) FROM heroes.hero WHERE id = " + id))
					.as("acknowledged hero %d is stored", id)
					.isEqualTo(1);
			}
			for (long id : raced) {
				assertThat(single(statement, "SELECT version FROM heroes.hero WHERE id = " + id))
					.as("exactly one PATCH of the race on hero %d won", id)
					.isEqualTo(1);
			}
		}
		assertThat(winners).as("at most one client heard it won; none lost more than an answer")
			.allSatisfy((heard) -> assertThat(heard).isBetween(0, 1));
	}

	/**
	 * Walks the whole list by its links, six rows a page, while others insert: no row
	 * twice, and every row that existed before the walk is met.
	 */
	private void walk(String balancer, ConcurrentLinkedQueue<String> broken) throws Exception {
		Set<Long> before = new HashSet<>();
		collectAll(balancer, before);
		Set<Long> seen = new HashSet<>();
		String next = "/heroes?limit=6&sort=name";
		while (next != null) {
			HttpResponse<String> page = getRetrying(balancer, next);
			Matcher ids = ID.matcher(page.body());
			while (ids.find()) {
				if (!seen.add(Long.parseLong(ids.group(1)))) {
					broken.add("hero " + ids.group(1) + " met twice in one walk");
				}
			}
			String link = Links.parse(page.headers().firstValue("Link").orElse(null)).get("next");
			next = (link != null) ? URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery() : null;
		}
		before.removeAll(seen);
		if (!before.isEmpty()) {
			broken.add("a walk missed heroes " + before);
		}
	}

	private void collectAll(String balancer, Set<Long> ids) throws Exception {
		for (int offset = 0;; offset += 100) {
			String body = getRetrying(balancer, "/heroes?limit=100&sort=id&offset=" + offset).body();
			Matcher matcher = ID.matcher(body);
			int found = 0;
			while (matcher.find()) {
				ids.add(Long.parseLong(matcher.group(1)));
				found++;
			}
			if (found < 100) {
				return;
			}
		}
	}

	/** Eight PATCHes at once with the same If-Match; how many heard they won. */
	private int race(String balancer, long id) throws Exception {
		String current = getRetrying(balancer, "/heroes/" + id).body();
		Matcher version = VERSION.matcher(current);
		assertThat(version.find()).isTrue();
		String tag = "\"" + version.group(1) + "\"";
		List<Integer> statuses = Race.of(8, (n) -> {
			try {
				return send(balancer, "PATCH", "/heroes/" + id, "{\"age\": " + (n + 1) + "}", "If-Match", tag)
					.statusCode();
			}
			catch (Exception ex) {
				return -1;
			}
		});
		assertThat(statuses).allSatisfy((status) -> assertThat(status).isIn(200, 412, 502, 503, -1));
		return (int) statuses.stream().filter((status) -> status == 200).count();
	}

	/**
	 * POSTs until an answer arrives, always with the same key, as a careful client does.
	 */
	private long createRetrying(String balancer, String key, String json) throws Exception {
		for (int attempt = 0; attempt < 40; attempt++) {
			try {
				HttpResponse<String> created = send(balancer, "POST", "/heroes", json, "Idempotency-Key", key);
				if (created.statusCode() == 201) {
					return id(created.body());
				}
				assertThat(created.statusCode()).as(created.body()).isIn(502, 503, 504);
			}
			catch (IOException ex) {
				// The answer was lost: send it again.
			}
			Thread.sleep(ThreadLocalRandom.current().nextInt(50, 150));
		}
		throw new AssertionError("no answer for " + key);
	}

	private HttpResponse<String> getRetrying(String balancer, String path) throws Exception {
		for (int attempt = 0; attempt < 40; attempt++) {
			try {
				HttpResponse<String> response = send(balancer, "GET", path, null);
				if (response.statusCode() == 200) {
					return response;
				}
				assertThat(response.statusCode()).as(response.body()).isIn(502, 503, 504);
			}
			catch (IOException ex) {
				// The answer was lost: ask again.
			}
			Thread.sleep(ThreadLocalRandom.current().nextInt(50, 150));
		}
		throw new AssertionError("no answer for " + path);
	}

	private String freshDatabase() throws Exception {
		TestDatabase test = TestDatabase.get();
		this.adminUrl = test.url();
		this.database = "heroes_test_many_" + System.currentTimeMillis();
		try (Connection admin = DriverManager.getConnection(this.adminUrl, test.username(), test.password());
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + this.database);
		}
		return this.adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + this.database + "$1");
	}

	private void startInstance(String url, int port) throws Exception {
		this.instances.add(PackagedApp.launch()
			.databaseUrl(url)
			.port(port)
			// Three pools on a PostgreSQL that other test runs share.
			.arguments("--spring.datasource.hikari.maximum-pool-size=4")
			.spawn());
	}

	private int startHaproxy(int[] ports) throws Exception {
		int port = freePort();
		Path config = Files.createTempFile("heroes-haproxy", ".cfg");
		this.files.add(config);
		StringBuilder servers = new StringBuilder();
		for (int i = 0; i < ports.length; i++) {
			servers.append("  server app").append(i).append(" 127.0.0.1:").append(ports[i]).append(" check\n");
		}
		Files.writeString(config, """
				global
				  maxconn 1000
				defaults
				  mode http
				  timeout connect 1s
				  timeout client 30s
				  timeout server 30s
				  retries 3
				  option redispatch
				  retry-on conn-failure empty-response response-timeout
				frontend heroes
				  bind 127.0.0.1:%d
				  default_backend instances
				backend instances
				  balance roundrobin
				  option httpchk GET /actuator/health/readiness
				  default-server inter 300ms fall 1 rise 2
				%s""".formatted(port, servers));
		Process haproxy = new ProcessBuilder(haproxyExecutable(), "-db", "-f", config.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		this.processes.add(haproxy);
		return port;
	}

	private int status(String url) {
		try {
			return this.client
				.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private HttpResponse<String> send(String base, String method, String path, String json, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(20))
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

	private static long single(Statement statement, String sql) throws Exception {
		try (ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	private static long id(String body) {
		Matcher matcher = ID.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String haproxyExecutable() {
		for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy")) {
			if (new File(candidate).canExecute()) {
				return candidate;
			}
		}
		return "haproxy";
	}

}
