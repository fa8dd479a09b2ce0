package com.example.heroes.paging;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;

/**
 * A field a list may be sorted by: the name a client writes in {@code sort}, the SQL
 * expression that orders it, and the Java type of that expression's values (they travel
 * in cursors). The expression must never be null, so that keyset comparisons hold; a
 * nullable column is sorted through {@code coalesce}, and each expression has an index
 * that starts with it.
 *
 * @param <E> the entity listed
 * @param name the field's name in {@code sort}
 * @param key the ordering expression
 * @param type the type of the expression's values
 */
public record SortField<E>(String name, Key<E> key, Class<?> type) {

	/** A sort on an entity attribute as it is stored. */
	public static <E> SortField<E> attribute(String name, String attribute, Class<?> type) {
		return new SortField<>(name, (root, cb) -> root.get(attribute), type);
	}

	/** Builds the ordering expression for one query. */
	@FunctionalInterface
	public interface Key<E> {

		Expression<?> of(Root<E> root, CriteriaBuilder cb);

	}

}
