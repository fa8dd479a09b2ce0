package com.example.heroes.query;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what the {@code Link} and {@code X-Total-Count} headers need.
 *
 * @param <T> the item type
 * @param items the rows of the page, in order
 * @param totalCount the number of rows matching the filters; only offset pages count
 * them, cursor pages leave it null
 * @param next where the next page starts, if there may be one
 * @param previous where the previous page starts, if there is one
 */
public record Page<T>(List<T> items, Long totalCount, Position next, Position previous) {

	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(this.items.stream().<R>map(mapper).toList(), this.totalCount, this.next, this.previous);
	}

	/**
	 * A query parameter that leads to another page: {@code after=<cursor>},
	 * {@code before=<cursor>} or {@code offset=<n>}.
	 *
	 * @param parameter the parameter's name
	 * @param value its value
	 */
	public record Position(String parameter, String value) {
	}

}
