package com.example.heroes.support;

import java.time.Duration;
import java.util.Collection;
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
