package com.example.heroes.paging;

import java.util.List;
import java.util.Locale;

/**
 * How a client asked a list to count its rows, with {@code Prefer: count=exact} or
 * {@code Prefer: count=estimated} (RFC 7240, API.md §6). Counting costs a second query
 * over every matching row, so a list counts only when asked.
 */
public enum TotalCount {

	/** No count asked for: the page costs one query. */
	NONE(null),

	/** {@code count(*)} over the rows that match the filters. */
	EXACT("count=exact"),

	/**
	 * The planner's estimate of the matching rows where it is large, the exact count
	 * where it is small.
	 */
	ESTIMATED("count=estimated");

	/** The request header that asks for a count. */
	public static final String PREFER = "Prefer";

	/** The response header that says which preference was applied. */
	public static final String PREFERENCE_APPLIED = "Preference-Applied";

	private final String preference;

	TotalCount(String preference) {
		this.preference = preference;
	}

	/** The preference as {@code Preference-Applied} names it, null for {@link #NONE}. */
	public String preference() {
		return this.preference;
	}

	/**
	 * Reads the {@code count} preference from the {@code Prefer} header values. As RFC
	 * 7240 §2 has it, names are case-insensitive, a value may be quoted, only the first
	 * {@code count} counts, and a preference the service does not know (another name, or
	 * another value) is ignored rather than refused. Spring has no parser for
	 * {@code Prefer}.
	 */
	public static TotalCount fromPrefer(List<String> headers) {
		for (String header : headers) {
			for (String preference : header.split(",")) {
				String[] nameAndValue = preference.split(";", 2)[0].split("=", 2);
				if (!nameAndValue[0].strip().equalsIgnoreCase("count")) {
					continue;
				}
				String value = (nameAndValue.length > 1) ? unquoted(nameAndValue[1].strip()) : "";
				return switch (value.toLowerCase(Locale.ROOT)) {
					case "exact" -> EXACT;
					case "estimated" -> ESTIMATED;
					default -> NONE;
				};
			}
		}
		return NONE;
	}

	private static String unquoted(String value) {
		return (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
				? value.substring(1, value.length() - 1) : value;
	}

}
