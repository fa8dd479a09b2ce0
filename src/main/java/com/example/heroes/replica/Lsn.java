package com.example.heroes.replica;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in PostgreSQL's write-ahead log, as {@code pg_lsn} writes it
 * ({@code 16/B374D848}): the form of a {@code Consistency-Token}.
 */
record Lsn(long value) implements Comparable<Lsn> {

	private static final Pattern TEXT = Pattern.compile("([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})");

	/** The position, or null when {@code text} is not one. */
	static Lsn parse(String text) {
		Matcher matcher = (text != null) ? TEXT.matcher(text.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return null;
		}
		return new Lsn((Long.parseLong(matcher.group(1), 16) << 32) | Long.parseLong(matcher.group(2), 16));
	}

	boolean atLeast(Lsn other) {
		return compareTo(other) >= 0;
	}

	@Override
	public int compareTo(Lsn other) {
		return Long.compareUnsigned(this.value, other.value);
	}

	@Override
	public String toString() {
		return Long.toHexString(this.value >>> 32).toUpperCase() + "/"
				+ Long.toHexString(this.value & 0xFFFFFFFFL).toUpperCase();
	}

}
