package com.example.heroes.paging;

import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * The keyset predicate "sorts after this row" for an order of several keys:
 * {@code k1 >= v1 AND (k1 > v1 OR (k1 = v1 AND (k2 > v2 OR (k2 = v2 AND id > v3))))},
 * with {@code <} for descending keys and every comparison turned round when reading
 * backwards. The leading {@code k1 >= v1} is implied by the rest; it is there because an
 * index on {@code (k1, id)} can start its scan from it, which the OR alone does not
 * allow.
 */
final class Keyset {

	private Keyset() {
	}

	static <E> Predicate beyond(CriteriaBuilder cb, List<Expression<?>> keys, List<SortKey<E>> order,
			List<Object> values, boolean backward) {
		int last = keys.size() - 1;
		Predicate tail = strictly(cb, keys.get(last), values.get(last), ascends(order.get(last), backward));
		for (int i = last - 1; i >= 0; i--) {
			Predicate here = strictly(cb, keys.get(i), values.get(i), ascends(order.get(i), backward));
			tail = cb.or(here, cb.and(cb.equal(keys.get(i), values.get(i)), tail));
		}
		if (last == 0) {
			return tail;
		}
		return cb.and(atLeast(cb, keys.get(0), values.get(0), ascends(order.get(0), backward)), tail);
	}

	/** Whether rows further along the page have greater values of this key. */
	private static boolean ascends(SortKey<?> key, boolean backward) {
		return key.descending() == backward;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Predicate strictly(CriteriaBuilder cb, Expression key, Object value, boolean ascending) {
		return ascending ? cb.greaterThan(key, (Comparable) value) : cb.lessThan(key, (Comparable) value);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Predicate atLeast(CriteriaBuilder cb, Expression key, Object value, boolean ascending) {
		return ascending ? cb.greaterThanOrEqualTo(key, (Comparable) value)
				: cb.lessThanOrEqualTo(key, (Comparable) value);
	}

}
