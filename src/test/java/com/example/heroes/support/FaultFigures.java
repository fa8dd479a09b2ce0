package com.example.heroes.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures a fault test prints about the load it ran, one line per scenario, each
 * starting with {@code [fault-suite]} so that {@code scripts/fault-suite} can gather
 * them: what was checked, the slowest answer, the answers by status, and the writes
 * acknowledged against those found stored.
 */
public final class FaultFigures {

	private FaultFigures() {
	}

	/** How many answers were a 201. */
	public static long created(Collection<Load.Answer> answers) {
		return answers.stream().filter((a) -> a.status() == 201).count();
	}

	/** The ids of every hero a 201 acknowledged. */
	public static List<Long> acknowledged(Collection<Load.Answer> answers) {
		return answers.stream().filter((a) -> a.status() == 201).flatMap((a) -> a.createdIds().stream()).toList();
	}

	/** How many of these heroes the run's database holds. */
	public static long stored(List<Long> ids) throws Exception {
		try (Connection connection = TestDatabase.get().connect();
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

	public static Duration slowest(Collection<Load.Answer> answers, Predicate<Load.Answer> which) {
		return answers.stream().filter(which).map(Load.Answer::elapsed).max(Duration::compareTo).orElse(Duration.ZERO);
	}

	public static Map<Integer, Long> byStatus(Collection<Load.Answer> answers) {
		return answers.stream()
			.collect(Collectors.groupingBy(Load.Answer::status, TreeMap::new, Collectors.counting()));
	}

	public static void print(String scenario, String figures) {
		System.out.println("[fault-suite] " + scenario + ": " + figures);
	}

	public static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
	}

}
