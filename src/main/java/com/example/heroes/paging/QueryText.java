package com.example.heroes.paging;

import java.util.List;

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

	/** A repeatable parameter none of whose values were given. */
	public static <T> List<T> absentIfEmpty(List<T> values) {
		return (values == null || values.isEmpty()) ? null : values;
	}

}
