package com.example.heroes.paging;

import java.util.List;
import java.util.Objects;

/** Text from the query string. */
public final class QueryText {

	private QueryText() {
	}

	/**
	 * An empty value ({@code name=}) counts as absent, as it does for numbers and
	 * booleans.
	 */
	public static String absentIfEmpty(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	/**
	 * The values given of a repeatable parameter: an empty one ({@code team_id=}) is
	 * bound as null and counts as absent, and so does the parameter when none is left.
	 */
	public static <T> List<T> givenValues(List<T> values) {
		List<T> given = (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
		return given.isEmpty() ? null : given;
	}

}
