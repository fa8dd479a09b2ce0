package com.example.heroes.paging;

import java.util.List;

/**
 * A position in a sorted list: the sort keys of one row, and whether the page reads on
 * from it ({@code after}) or back from it ({@code before}).
 *
 * @param scope the kind of list it belongs to
 * @param sort the order it was taken in, as {@code -age,name,id}
 * @param backward whether the page is the one before the row
 * @param keys the row's value for each term of the order
 */
record Cursor(String scope, String sort, boolean backward, List<Object> keys) {

	/**
	 * A cursor as a client sent it.
	 *
	 * @param parameter the query parameter it came in
	 * @param value the opaque token
	 */
	record Token(String parameter, String value) {
	}

}
