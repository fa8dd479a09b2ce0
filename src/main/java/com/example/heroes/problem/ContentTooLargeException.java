package com.example.heroes.problem;

import java.io.IOException;

/**
 * Raised while reading a request body that is larger than the service accepts. It is an
 * {@link IOException} so that it can leave {@code InputStream.read} and reach the problem
 * advice through the JSON reader. Answered as 413.
 */
public class ContentTooLargeException extends IOException {

	public ContentTooLargeException(long limitBytes) {
		super("The request body is larger than the limit of " + limitBytes + " bytes");
	}

}
