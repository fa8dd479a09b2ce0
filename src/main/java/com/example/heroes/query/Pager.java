package com.example.heroes.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Runs the query behind a list endpoint, entirely in the database: the filters, the
 * order, the page and the count.
 * <p>
 * An offset page costs two statements (the rows and the count); a cursor page costs one,
 * because it reads by keyset: it asks for the rows that sort after (or before) the
 * cursor's row, so page 10,000 costs what page 1 does and rows inserted meanwhile are
 * neither repeated nor skipped. The sort keys are selected with the rows, so a cursor
 * holds the database's own values.
 * <p>
 * Spring Data's keyset scrolling is not used: it requires sort keys that are never null
 * and builds a predicate that no index can start from.
 */
@Component
public class Pager {

	private final EntityManager entityManager;

	private final CursorCodec cursors;

	Pager(EntityManager entityManager, CursorCodec cursors) {
		this.entityManager = entityManager;
		this.cursors = cursors;
	}

	/**
	 * Reads one page of entities. Call it inside a (read-only) transaction.
	 * @param type the entity class
	 * @param filter the filters, already combined
	 * @param sorting the allowed sort fields
	 * @param params the paging parameters of the request
	 */
	public <E> Page<E> find(Class<E> type, Specification<E> filter, Sorting<E> sorting, PageParams params) {
		List<SortKey<E>> order = sorting.parse(params.sort());
		Cursor.Token token = params.cursorToken();
		Cursor cursor = (token != null) ? this.cursors.decode(token, sorting, order) : null;
		int limit = params.limitOrDefault();

		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<E> root = query.from(type);
		List<Expression<?>> keys = order.stream().<Expression<?>>map((key) -> key.field().key().of(root, cb)).toList();
		List<Selection<?>> selection = new ArrayList<>();
		selection.add(root);
		selection.addAll(keys);
		query.multiselect(selection);

		List<Predicate> where = new ArrayList<>();
		Predicate filters = filter.toPredicate(root, query, cb);
		if (filters != null) {
			where.add(filters);
		}
		boolean backward = cursor != null && cursor.backward();
		if (cursor != null) {
			where.add(Keyset.beyond(cb, keys, order, cursor.keys(), backward));
		}
		query.where(where.toArray(Predicate[]::new));
		query.orderBy(orderBy(cb, keys, order, backward));

		TypedQuery<Tuple> typed = this.entityManager.createQuery(query);
		if (cursor == null) {
			int offset = params.offsetOrDefault();
			List<Tuple> rows = typed.setFirstResult(offset).setMaxResults(limit).getResultList();
			long total = count(type, filter);
			Page.Position next = (offset + rows.size() < total && !rows.isEmpty())
					? position("after", sorting, order, rows.get(rows.size() - 1), false) : null;
			return new Page<>(entities(rows, type), total, next, OffsetParams.previousPage(offset, limit, total));
		}

		List<Tuple> rows = new ArrayList<>(typed.setMaxResults(limit + 1).getResultList());
		boolean more = rows.size() > limit;
		if (more) {
			rows.remove(limit);
		}
		if (backward) {
			Collections.reverse(rows);
		}
		// An empty page still links back the way it came: from the cursor's own row.
		Page.Position beforeFirst = rows.isEmpty() ? turned(cursor, "before", true)
				: position("before", sorting, order, rows.get(0), true);
		Page.Position afterLast = rows.isEmpty() ? turned(cursor, "after", false)
				: position("after", sorting, order, rows.get(rows.size() - 1), false);
		Page.Position next = (backward || more) ? afterLast : null;
		Page.Position previous = (!backward || more) ? beforeFirst : null;
		return new Page<>(entities(rows, type), null, next, previous);
	}

	private <E> long count(Class<E> type, Specification<E> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<E> root = query.from(type);
		Predicate filters = filter.toPredicate(root, query, cb);
		query.select(cb.count(root));
		if (filters != null) {
			query.where(filters);
		}
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private static <E> List<Order> orderBy(CriteriaBuilder cb, List<Expression<?>> keys, List<SortKey<E>> order,
			boolean backward) {
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			boolean descending = order.get(i).descending() != backward;
			orders.add(descending ? cb.desc(keys.get(i)) : cb.asc(keys.get(i)));
		}
		return orders;
	}

	private <E> Page.Position position(String parameter, Sorting<E> sorting, List<SortKey<E>> order, Tuple row,
			boolean backward) {
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			values.add(row.get(i + 1));
		}
		Cursor cursor = new Cursor(sorting.scope(), Sorting.canonical(order), backward, values);
		return new Page.Position(parameter, this.cursors.encode(cursor));
	}

	private Page.Position turned(Cursor cursor, String parameter, boolean backward) {
		Cursor turned = new Cursor(cursor.scope(), cursor.sort(), backward, cursor.keys());
		return new Page.Position(parameter, this.cursors.encode(turned));
	}

	private static <E> List<E> entities(List<Tuple> rows, Class<E> type) {
		return rows.stream().map((row) -> row.get(0, type)).toList();
	}

}
