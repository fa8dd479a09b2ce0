package com.example.heroes.paging;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

/**
 * Case-insensitive text filters. Both sides go through the database's {@code lower()}, so
 * they agree with the {@code lower(name)} indexes; client text is always a bind
 * parameter, never part of the SQL.
 */
public final class TextMatch {

	private static final char ESCAPE = '\\';

	private TextMatch() {
	}

	/** {@code lower(column) = lower(?)}. */
	public static Predicate equalsIgnoringCase(CriteriaBuilder cb, Expression<String> column, String value) {
		return cb.equal(cb.lower(column), cb.lower(parameter(cb, value)));
	}

	/**
	 * {@code lower(column) LIKE lower(?)} with the value wrapped in {@code %}; the
	 * value's own {@code %}, {@code _} and {@code \} match themselves.
	 */
	public static Predicate containsIgnoringCase(CriteriaBuilder cb, Expression<String> column, String value) {
		String pattern = "%" + escapeLike(value) + "%";
		return cb.like(cb.lower(column), cb.lower(parameter(cb, pattern)), ESCAPE);
	}

	static String escapeLike(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (char c : value.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static Expression<String> parameter(CriteriaBuilder cb, String value) {
		return ((HibernateCriteriaBuilder) cb).value(value);
	}

}
