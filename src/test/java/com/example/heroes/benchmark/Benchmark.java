package com.example.heroes.benchmark;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.heroes.support.Links;
import com.example.heroes.support.TestDatabase;

/**
 * Measures the service as clients see it: the packaged application runs as a process of
 * its own on a fresh PostgreSQL database (the one the integration tests would use),
 * seeded in SQL with {@code bench.heroes} heroes; then, for each scenario, {@code
 * bench.clients} clients send requests over loopback for {@code bench.seconds} seconds,
 * and the throughput and latency percentiles are printed as a table that can be compared
 * run to run. It stops by itself.
 *
 * <pre>
 * ./mvnw -Pbenchmark -DskipTests verify
 * ./mvnw -Pbenchmark -DskipTests verify -Dbench.heroes=1000000 -Dbench.seconds=20 -Dbench.clients=16
 * </pre>
 */
public final class Benchmark {

	private static final int HEROES = Integer.getInteger("bench.heroes", 200_000);

	private static final int TEAMS = Integer.getInteger("bench.teams", 2_000);

	private static final int SECONDS = Integer.getInteger("bench.seconds", 10);

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		TestDatabase database = TestDatabase.get();
		Path log = Files.createTempFile("heroes-benchmark", ".log");
		Process server = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", jar(),
				"--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--logging.level.root=WARN",
				"--logging.level.org.springframework.boot.tomcat=INFO")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			// The server's start runs the Flyway migrations; the data goes in after.
			String base = "http://localhost:" + awaitPort(log, server);
			seed(database);
			run(base, sampleIds(database));
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
			Files.deleteIfExists(log);
		}
	}

	private static void run(String base, long[] ids) throws Exception {
		String deepCursor = Links
			.parse(get(base + "/heroes?limit=100&offset=" + (HEROES - 1000)).headers().firstValue("Link").orElseThrow())
			.get("next");
		String deepAgeCursor = Links
			.parse(get(base + "/heroes?limit=100&sort=-age&offset=" + (HEROES - 1000)).headers()
				.firstValue("Link")
				.orElseThrow())
			.get("next");

		Map<String, Supplier<HttpRequest>> scenarios = new LinkedHashMap<>();
		scenarios.put("GET /heroes/{id}", () -> request(base + "/heroes/" + randomId(ids)).build());
		scenarios.put("GET /heroes (page 1, counted)", () -> request(base + "/heroes?limit=100").build());
		scenarios.put("GET /heroes cursor at the end", () -> request(deepCursor).build());
		scenarios.put("GET /heroes offset at the end",
				() -> request(base + "/heroes?limit=100&offset=" + (HEROES - 200)).build());
		scenarios.put("GET /heroes?sort=-age page 1", () -> request(base + "/heroes?limit=100&sort=-age").build());
		scenarios.put("GET /heroes?sort=-age cursor at the end", () -> request(deepAgeCursor).build());
		scenarios.put("GET /heroes?name_contains=", () -> request(base + "/heroes?limit=20&name_contains="
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff)))
			.build());
		scenarios.put("GET /heroes?age_gte&age_lte&has_team",
				() -> request(
						base + "/heroes?limit=50&has_team=true&age_gte=" + ThreadLocalRandom.current().nextInt(9000)
								+ "&age_lte=" + (9000 + ThreadLocalRandom.current().nextInt(1000)))
					.build());
		scenarios.put("GET /teams/stats", () -> request(base + "/teams/stats?limit=10").build());
		scenarios.put("POST /heroes", () -> request(base + "/heroes").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Bench\", \"secret_name\": \"s\", \"age\": 30}"))
			.build());
		scenarios.put("PATCH /heroes/{id}",
				() -> request(base + "/heroes/" + randomId(ids)).header("Content-Type", "application/json")
					.method("PATCH",
							HttpRequest.BodyPublishers
								.ofString("{\"age\": " + ThreadLocalRandom.current().nextInt(10000) + "}"))
					.build());

		System.out.printf(
				"%nheroes-api benchmark: %,d heroes, %,d teams, %d clients, %d s per scenario, Java %s, %d cores%n%n",
				HEROES, TEAMS, CLIENTS, SECONDS, Runtime.version(), Runtime.getRuntime().availableProcessors());
		System.out.printf("%-40s %9s %9s %8s %8s %8s %8s %7s%n", "scenario", "requests", "req/s", "p50 ms", "p95 ms",
				"p99 ms", "max ms", "errors");
		for (Map.Entry<String, Supplier<HttpRequest>> scenario : scenarios.entrySet()) {
			measure(scenario.getValue(), Duration.ofSeconds(1));
			Result result = measure(scenario.getValue(), Duration.ofSeconds(SECONDS));
			System.out.printf("%-40s %9d %9.1f %8.2f %8.2f %8.2f %8.2f %7d%n", scenario.getKey(), result.count(),
					result.count() / (double) SECONDS, result.percentile(50), result.percentile(95),
					result.percentile(99), result.percentile(100), result.errors());
		}
		System.out.println();
	}

	/** Sends requests from every client until the time is up. */
	private static Result measure(Supplier<HttpRequest> scenario, Duration duration) throws Exception {
		long deadline = System.nanoTime() + duration.toNanos();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<Result>> results = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				results.add(clients.submit(() -> {
					List<Long> latencies = new ArrayList<>();
					int errors = 0;
					while (System.nanoTime() < deadline) {
						HttpRequest request = scenario.get();
						long start = System.nanoTime();
						HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
						latencies.add(System.nanoTime() - start);
						if (response.statusCode() >= 400) {
							errors++;
						}
					}
					return new Result(latencies.stream().mapToLong(Long::longValue).toArray(), errors);
				}));
			}
			Result total = new Result(new long[0], 0);
			for (Future<Result> result : results) {
				total = total.plus(result.get());
			}
			return total;
		}
		finally {
			clients.shutdownNow();
		}
	}

	private static void seed(TestDatabase database) throws Exception {
		System.out.printf("Seeding %,d heroes and %,d teams...%n", HEROES, TEAMS);
		try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
			sql.execute("SET search_path TO heroes");
			sql.execute("""
					INSERT INTO team (name, headquarters)
					SELECT 'Team ' || g, 'HQ ' || g FROM generate_series(1, %d) g""".formatted(TEAMS));
			sql.execute("""
					WITH teams AS (SELECT array_agg(id ORDER BY id) AS ids FROM team)
					INSERT INTO hero (name, secret_name, age, team_id, created_at, updated_at)
					SELECT 'Hero ' || substr(md5(g::text), 1, 10), 'secret',
					       CASE WHEN g %% 50 = 0 THEN NULL ELSE (g * 7919) %% 10001 END,
					       CASE WHEN g %% 10 = 0 THEN NULL ELSE teams.ids[1 + g %% %d] END,
					       now() - make_interval(secs => g), now() - make_interval(secs => g)
					FROM generate_series(1, %d) g, teams""".formatted(TEAMS, HEROES));
			sql.execute("ANALYZE");
		}
	}

	/** Ids of existing heroes to read and change; ids step by 50 between blocks. */
	private static long[] sampleIds(TestDatabase database) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = database.connect();
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("SELECT id FROM heroes.hero ORDER BY random() LIMIT 10000")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	private static long randomId(long[] ids) {
		return ids[ThreadLocalRandom.current().nextInt(ids.length)];
	}

	private static HttpRequest.Builder request(String uri) {
		return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
	}

	private static HttpResponse<String> get(String uri) throws Exception {
		return HTTP.send(request(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int awaitPort(Path log, Process server) throws Exception {
		Pattern started = Pattern.compile("Tomcat started on port (\\d+)");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline && server.isAlive()) {
			Matcher matcher = started.matcher(Files.readString(log));
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The server did not start:\n" + Files.readString(log));
	}

	private static String jar() {
		String jar = System.getProperty("heroes.jar", "target/heroes-api-0.1.0-SNAPSHOT.jar");
		if (!new File(jar).exists()) {
			throw new IllegalStateException("No packaged application at " + jar + "; run ./mvnw package first");
		}
		return jar;
	}

	/** Latencies in nanoseconds and the count of 4xx/5xx answers. */
	private record Result(long[] latencies, int errors) {

		int count() {
			return this.latencies.length;
		}

		Result plus(Result other) {
			long[] all = Arrays.copyOf(this.latencies, this.latencies.length + other.latencies.length);
			System.arraycopy(other.latencies, 0, all, this.latencies.length, other.latencies.length);
			return new Result(all, this.errors + other.errors);
		}

		double percentile(int percentile) {
			if (this.latencies.length == 0) {
				return 0;
			}
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, index)] / 1_000_000.0;
		}

	}

}
