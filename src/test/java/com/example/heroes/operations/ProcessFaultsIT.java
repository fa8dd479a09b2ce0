package com.example.heroes.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.heroes.support.FaultFigures;
import com.example.heroes.support.Load;
import com.example.heroes.support.PackagedApp;
import com.example.heroes.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application killed or stopped while it works: kill -9 in the middle of
 * bulk creates leaves each bulk all there or not there at all once it is started again,
 * and SIGTERM under a load of creates lets the requests in flight finish, loses no
 * acknowledged write and ends the process by itself.
 */
class ProcessFaultsIT {

	private static final int BULK = 1000;

	private static final Pattern BULK_NAME = Pattern.compile("\"name\":\"(Bulk-\\d+-)");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void killedInTheMiddleOfBulkCreatesEachBulkIsAllOrNothingAfterARestart() throws Exception {
		List<Load.Answer> answers;
		try (PackagedApp app = PackagedApp.start(); Connection watcher = TestDatabase.get().connect()) {
			String base = app.baseUrl();
			Load load = Load.start(4, (n) -> Load.heroBulkCreate(base, n, BULK));
			try {
				await().atMost(Duration.ofSeconds(60)).until(() -> FaultFigures.created(load.answers()) >= 2);
				await().atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(5))
					.until(() -> insertInFlight(watcher));
				app.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			finally {
				answers = load.stop();
			}
		}
		Map<String, Long> storedPerBulk;
		try (PackagedApp restarted = PackagedApp.start()) {
			HttpResponse<String> read = this.http.send(
					HttpRequest.newBuilder(URI.create(restarted.baseUrl() + "/heroes?limit=1")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(read.statusCode()).isEqualTo(200);
			storedPerBulk = storedPerBulk();
		}
		long acknowledged = FaultFigures.created(answers);
		long partial = storedPerBulk.values().stream().filter((count) -> count != BULK).count();
		FaultFigures.print("kill -9 in the middle of bulk creates",
				"bulks answered by status " + FaultFigures.byStatus(answers) + "; bulks acknowledged " + acknowledged
						+ ", bulks found stored " + storedPerBulk.size() + " (of " + BULK
						+ " heroes each), partly stored " + partial);
		assertThat(partial).as("bulks stored in part").isZero();
		assertThat(answers).filteredOn((a) -> a.status() == 201)
			.as("acknowledged bulks stored whole")
			.allSatisfy((a) -> assertThat(storedPerBulk.get(bulkOf(a))).isEqualTo(BULK));
	}

	@Test
	void sigtermUnderLoadFinishesTheRequestsInFlightAndLosesNoAcknowledgedWrite() throws Exception {
		List<Load.Answer> answers;
		long sigtermAt;
		String output;
		try (PackagedApp app = PackagedApp.start()) {
			String base = app.baseUrl();
			Load load = Load.start(8, (n) -> Load.heroCreate(base, n));
			try {
				await().atMost(Duration.ofSeconds(60)).until(() -> FaultFigures.created(load.answers()) >= 40);
				sigtermAt = System.nanoTime();
				assertThat(app.terminate()).as("the process exits by itself").succeedsWithin(Duration.ofSeconds(30));
			}
			finally {
				answers = load.stop();
			}
			output = app.output();
		}
		List<Long> acknowledged = FaultFigures.acknowledged(answers);
		long answeredAfterSigterm = answers.stream()
			.filter((a) -> a.status() == 201 && a.answeredNanos() - sigtermAt > 0)
			.count();
		long stored = FaultFigures.stored(acknowledged);
		FaultFigures.print("SIGTERM under load", "8 writers; answers by status " + FaultFigures.byStatus(answers)
				+ " (0: refused once the server stopped taking requests); created and answered after SIGTERM "
				+ answeredAfterSigterm + "; writes acknowledged " + acknowledged.size() + ", found stored " + stored);
		assertThat(answers).filteredOn((a) -> a.status() != 201 && a.status() != 0)
			.as("answers other than a 201 or no connection")
			.isEmpty();
		assertThat(stored).as("every acknowledged write is stored").isEqualTo(acknowledged.size());
		assertThat(output).contains("Graceful shutdown complete");
	}

	/** Whether a session of the application is inserting heroes right now. */
	private static boolean insertInFlight(Connection watcher) throws Exception {
		try (Statement statement = watcher.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
						+ " WHERE datname = current_database() AND application_name = 'heroes-api'"
						+ " AND state = 'active' AND query ILIKE 'insert into hero%'")) {
			rows.next();
			return rows.getInt(1) > 0;
		}
	}

	/** How many heroes of each bulk are stored, by the bulk's name prefix. */
	private static Map<String, Long> storedPerBulk() throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = TestDatabase.get().connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT substring(name from '^Bulk-[0-9]+-') AS bulk, count(*)"
						+ " FROM heroes.hero WHERE name LIKE 'Bulk-%' GROUP BY 1")) {
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getLong(2));
			}
		}
		return counts;
	}

	/** The name prefix of the heroes of a bulk, from its answer. */
	private static String bulkOf(Load.Answer answer) {
		Matcher matcher = BULK_NAME.matcher(answer.body());
		assertThat(matcher.find()).as("a bulk's answer names its heroes").isTrue();
		return matcher.group(1);
	}

}
