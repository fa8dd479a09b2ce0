package com.example.heroes.paging;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Null;
import org.hibernate.validator.constraints.Range;

/**
 * Paging by offset only, for lists whose order is computed (an aggregate): a keyset
 * cursor would cost what an offset costs there, and could not keep rows from moving
 * between pages anyway.
 *
 * @param offset rows to skip
 * @param limit rows per page
 */
public record OffsetParams(
		@Parameter(description = "Rows to skip.") @Min(value = 0, message = "must be 0 or more") Integer offset,
		@Parameter(description = "Rows per page, 1 to 100 (default 100).") @Range(min = 1, max = 100,
				message = "must be between {min} and {max}") Integer limit,
		@Parameter(hidden = true) @Null(message = "is not taken here: this list is paged by offset") String after,
		@Parameter(hidden = true) @Null(message = "is not taken here: this list is paged by offset") String before,
		@Parameter(hidden = true) @Null(message = "is not taken here: this list has a fixed order") String sort) {

	public OffsetParams {
		after = QueryText.absentIfEmpty(after);
		before = QueryText.absentIfEmpty(before);
		sort = QueryText.absentIfEmpty(sort);
	}

	public int offsetOrDefault() {
		return (this.offset != null) ? this.offset : 0;
	}

	public int limitOrDefault() {
		return (this.limit != null) ? this.limit : PageParams.DEFAULT_LIMIT;
	}

	/**
	 * The page before one read at this offset: a limit back, or, from past the end of a
	 * counted list, its last page; none before the first row.
	 * @param totalCount the rows of the list, null when it was not counted
	 */
	static Page.Position previousPage(int offset, int limit, Long totalCount) {
		if (offset <= 0) {
			return null;
		}
		long back = offset - limit;
		if (totalCount != null) {
			back = Math.min(back, totalCount - limit);
		}
		return new Page.Position("offset", Long.toString(Math.max(0, back)));
	}

	/**
	 * A page read at an offset, with its total if the client asked for one. A page that
	 * reaches the end of the list has counted its rows already; otherwise the counter
	 * runs. From past the end, the previous page is the list's last page, which takes a
	 * count even when none was asked for.
	 * @param counter counts the list's rows as the given preference says
	 */
	static <T> Page<T> page(List<T> items, int offset, int limit, boolean more, Page.Position next, TotalCount counting,
			Function<TotalCount, Page.Total> counter) {
		Page.Total total = null;
		if (counting != TotalCount.NONE) {
			total = (!more && (offset == 0 || !items.isEmpty())) ? new Page.Total(offset + items.size(), counting)
					: counter.apply(counting);
		}
		Long rows = (total != null) ? Long.valueOf(total.rows())
				: (items.isEmpty() && offset > 0) ? Long.valueOf(counter.apply(TotalCount.EXACT).rows()) : null;
		return new Page<>(items, total, next, previousPage(offset, limit, rows));
	}

	/**
	 * A page read at this offset, linked to its neighbours by offset.
	 * @param rows the rows read at the offset: up to one more than the limit, which tells
	 * that there is a next page
	 * @param counting the count the client asked for
	 * @param counter counts the list's rows as the given preference says
	 */
	public <T> Page<T> page(List<T> rows, TotalCount counting, Function<TotalCount, Page.Total> counter) {
		int offset = offsetOrDefault();
		int limit = limitOrDefault();
		boolean more = rows.size() > limit;
		Page.Position next = more ? new Page.Position("offset", Integer.toString(offset + limit)) : null;
		return page(more ? rows.subList(0, limit) : rows, offset, limit, more, next, counting, counter);
	}

}
