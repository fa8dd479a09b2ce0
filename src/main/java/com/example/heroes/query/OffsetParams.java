package com.example.heroes.query;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Null;

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
		@Parameter(description = "Rows per page, 1 to 100 (default 100).") @Min(value = 1,
				message = "must be between 1 and 100") @Max(value = 100,
						message = "must be between 1 and 100") Integer limit,
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
	 * The page before one read at this offset: a limit back, or, from past the end, the
	 * last page; none before the first row.
	 */
	static Page.Position previousPage(int offset, int limit, long totalCount) {
		if (offset <= 0) {
			return null;
		}
		long lastPage = Math.max(0, totalCount - limit);
		return new Page.Position("offset", Long.toString(Math.max(0, Math.min(offset - limit, lastPage))));
	}

	/** A page of rows read at this offset, linked to its neighbours by offset. */
	public <T> Page<T> page(List<T> items, long totalCount) {
		int offset = offsetOrDefault();
		Page.Position next = (offset + items.size() < totalCount)
				? new Page.Position("offset", Integer.toString(offset + items.size())) : null;
		return new Page<>(items, totalCount, next, previousPage(offset, limitOrDefault(), totalCount));
	}

}
