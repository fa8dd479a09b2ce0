package com.example.heroes.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Runs the query behind a list endpoint, entirely in the database: the filters, the
 * order, the page and, when the client asks for it, the count.
 * <p>
 * A page costs one statement; it reads one row more than it answers, to know whether a
 * next page exists. A count, asked for with {@code Prefer}, is a second statement unless
 * the page itself reached the end of the list.
 * <p>
 * Cursor pages read by keyset: they ask for the rows that sort after (or before) the
 * cursor's row, so page 10,000 costs what page 1 does and rows inserted meanwhile are
 * neither repeated nor skipped. The sort keys are selected with the rows, so a cursor
 * holds the database's own values.
 * <p>
 * Spring Data's keyset scrolling is not used: it requires sort keys that are never null
 * and builds a predicate that no index can start from.
 */
@Component
public class Pager {

	/** From this many rows on, {@code count=estimated} answers the planner's estimate. */
	static final long ESTIMATE_FROM = 10_000;

	private final EntityManager entityManager;

	private final CursorCodec cursors;

	private final PlannerEstimates estimates;

	Pager(EntityManager entityManager, CursorCodec cursors, PlannerEstimates estimates) {
		this.entityManager = entityManager;
		this.cursors = cursors;
		this.estimates = estimates;
	}

	/**
	 * Reads one page of entities. Call it inside a (read-only) transaction.
	 * @param type the entity class
	 * @param filter the filters, already combined
	 * @param sorting the allowed sort fields
	 * @param params the paging parameters of the request
	 * @param counting whether, and how, the client asked to count the matching rows
	 */
	public <E> Page<E> find(Class<E> type, Specification<E> filter, Sorting<E> sorting, PageParams params,
			TotalCount counting) {
		return find(type, new Projection<E, E>((root) -> List.of(root), (row) -> type.cast(row.get(0))), filter,
				sorting, params, counting);
	}

	/**
	 * Reads one page of records, each made of the columns of one row.
	 * @param type the entity class
	 * @param projection the columns to read and the record to make of them
	 * @param filter the filters, already combined
	 * @param sorting the allowed sort fields
	 * @param params the paging parameters of the request
	 * @param counting whether, and how, the client asked to count the matching rows
	 */
	public <E, R> Page<R> find(Class<E> type, Projection<E, R> projection, Specification<E> filter, Sorting<E> sorting,
			PageParams params, TotalCount counting) {
		List<SortKey<E>> order = sorting.parse(params.sort());
		Cursor.Token token = params.cursorToken();
		Cursor cursor = (token != null) ? this.cursors.decode(token, sorting, order) : null;
		int limit = params.limitOrDefault();

		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		// Each row a list of the projection's columns and the sort keys, for the cursors.
		// Not a Tuple: Hibernate cannot tell two tuple queries alike, so it would
		// translate every one to SQL again instead of finding its plan in the cache.
		@SuppressWarnings("rawtypes")
		CriteriaQuery<List> query = cb.createQuery(List.class);
		Root<E> root = query.from(type);
		List<Expression<?>> keys = order.stream().<Expression<?>>map((key) -> key.field().key().of(root, cb)).toList();
		List<Selection<?>> selection = new ArrayList<>(projection.columns().apply(root));
		int columns = selection.size();
		selection.addAll(keys);
		query.select(cb.construct(List.class, selection.toArray(Selection[]::new)));

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

		// One row more than the page tells whether there is a next page, without a count.
		// Read-only: the rows are mapped to records, so Hibernate keeps no snapshots of
		// them.
		@SuppressWarnings("rawtypes")
		TypedQuery<List> typed = this.entityManager.createQuery(query)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.setMaxResults(limit + 1);
		int offset = (cursor == null) ? params.offsetOrDefault() : 0;
		List<List<?>> rows = new ArrayList<>();
		typed.setFirstResult(offset).getResultList().forEach((row) -> rows.add((List<?>) row));
		boolean more = rows.size() > limit;
		if (more) {
			rows.remove(limit);
		}
		if (cursor == null) {
			Page.Position next = more ? position("after", sorting, order, rows.get(rows.size() - 1), columns, false)
					: null;
			return OffsetParams.page(records(rows, projection, columns), offset, limit, more, next, counting,
					(preference) -> total(type, filter, preference));
		}

		if (backward) {
			Collections.reverse(rows);
		}
		// An empty page still links back the way it came: from the cursor's own row.
		Page.Position beforeFirst = rows.isEmpty() ? turned(cursor, "before", true)
				: position("before", sorting, order, rows.get(0), columns, true);
		Page.Position afterLast = rows.isEmpty() ? turned(cursor, "after", false)
				: position("after", sorting, order, rows.get(rows.size() - 1), columns, false);
		Page.Position next = (backward || more) ? afterLast : null;
		Page.Position previous = (!backward || more) ? beforeFirst : null;
		Page.Total total = (counting == TotalCount.NONE) ? null : total(type, filter, counting);
		return new Page<>(records(rows, projection, columns), total, next, previous);
	}

	/**
	 * Counts the rows that match the filters, as the client asked: exactly, or by the
	 * planner's estimate where that is {@value #ESTIMATE_FROM} rows or more (below it an
	 * exact count is cheap, and an estimate's error is large next to the number).
	 * @return the total, or null when no count was asked for
	 */
	public <E> Page.Total total(Class<E> type, Specification<E> filter, TotalCount counting) {
		if (counting == TotalCount.NONE) {
			return null;
		}
		if (counting == TotalCount.ESTIMATED) {
			long estimate = this.estimates
				.estimate(() -> matching(type, filter, String.class, (root, cb) -> cb.literal("estimate")));
			if (estimate >= ESTIMATE_FROM) {
				return new Page.Total(estimate, counting);
			}
		}
		return new Page.Total(matching(type, filter, Long.class, (root, cb) -> cb.count(root)), counting);
	}

	/** Selects one value over the rows that match the filters. */
	private <E, R> R matching(Class<E> type, Specification<E> filter, Class<R> result,
			BiFunction<Root<E>, CriteriaBuilder, Expression<R>> selection) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<R> query = cb.createQuery(result);
		Root<E> root = query.from(type);
		Predicate filters = filter.toPredicate(root, query, cb);
		query.select(selection.apply(root, cb));
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

	private <E> Page.Position position(String parameter, Sorting<E> sorting, List<SortKey<E>> order, List<?> row,
			int columns, boolean backward) {
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			values.add(row.get(columns + i));
		}
		Cursor cursor = new Cursor(sorting.scope(), Sorting.canonical(order), backward, values);
		return new Page.Position(parameter, this.cursors.encode(cursor));
	}

	private Page.Position turned(Cursor cursor, String parameter, boolean backward) {
		Cursor turned = new Cursor(cursor.scope(), cursor.sort(), backward, cursor.keys());
		return new Page.Position(parameter, this.cursors.encode(turned));
	}

	private static <R> List<R> records(List<List<?>> rows, Projection<?, R> projection, int columns) {
		List<R> records = new ArrayList<>(rows.size());
		for (List<?> row : rows) {
			records.add(projection.read().apply(row.subList(0, columns)));
		}
		return records;
	}

}
