package com.example.heroes.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what the {@code Link}, {@code X-Total-Count} and
 * {@code Preference-Applied} headers need.
 *
 * @param <T> the item type
 * @param items the rows of the page, in order
 * @param total the number of rows matching the filters, when the client asked for it;
 * otherwise null
 * @param next where the next page starts, if there may be one
 * @param previous where the previous page starts, if there is one
 */
public record Page<T>(List<T> items, Total total, Position next, Position previous) {

	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(this.items.stream().<R>map(mapper).toList(), this.total, this.next, this.previous);
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

	/**
	 * The rows matching a list's filters, counted as the client preferred.
	 *
	 * @param rows the number of rows (an estimate where {@code counting} is
	 * {@link TotalCount#ESTIMATED} and the rows are many)
	 * @param counting the preference that was applied
	 */
	public record Total(long rows, TotalCount counting) {
	}

}
