package com.example.heroes.paging;

import com.example.heroes.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.Range;

/**
 * The paging part of a list request, bound from the query string (API.md §6). A client
 * pages by {@code offset}, or follows the {@code after} / {@code before} cursors of the
 * {@code Link} header; {@code sort} orders either way. Not Spring Data's
 * {@code Pageable}, which pages by {@code page} and {@code size}.
 */
public record PageParams(
		@Parameter(description = "Rows to skip (offset paging).") @Min(value = 0,
				message = "must be 0 or more") Integer offset,
		@Parameter(description = "Rows per page, 1 to 100 (default 100).") @Range(min = 1, max = 100,
				message = "must be between {min} and {max}") Integer limit,
		@Parameter(description = "Opaque cursor from a `next` link: the page after it.") String after,
		@Parameter(description = "Opaque cursor from a `prev` link: the page before it.") String before,
		@Parameter(description = "Comma-separated fields, `-` for descending, e.g. `-age,name`.") String sort) {

	public static final int DEFAULT_LIMIT = 100;

	public PageParams {
		after = QueryText.absentIfEmpty(after);
		before = QueryText.absentIfEmpty(before);
		sort = QueryText.absentIfEmpty(sort);
	}

	public int limitOrDefault() {
		return (this.limit != null) ? this.limit : DEFAULT_LIMIT;
	}

	public int offsetOrDefault() {
		return (this.offset != null) ? this.offset : 0;
	}

	/** The cursor this request continues from, with the parameter it came in. */
	Cursor.Token cursorToken() {
		if (this.after != null && this.before != null) {
			throw new InvalidRequestException("before", "cannot be combined with after");
		}
		if ((this.after != null || this.before != null) && this.offset != null) {
			throw new InvalidRequestException("offset", "cannot be combined with a cursor");
		}
		if (this.after != null) {
			return new Cursor.Token("after", this.after);
		}
		return (this.before != null) ? new Cursor.Token("before", this.before) : null;
	}

}
