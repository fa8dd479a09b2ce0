package com.example.heroes.paging;

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

}
