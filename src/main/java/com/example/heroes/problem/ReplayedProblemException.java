package com.example.heroes.problem;

import org.springframework.http.HttpHeaders;

/**
 * A request repeats an earlier one whose answer was a problem: that stored answer is
 * given again, as it was, byte for byte, with the headers that mark it as a replay.
 */
public class ReplayedProblemException extends RuntimeException {

	private final int status;

	private final transient String body;

	private final transient HttpHeaders headers;

	public ReplayedProblemException(int status, String body, HttpHeaders headers) {
		super("Replay of an earlier answer " + status);
		this.status = status;
		this.body = body;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	int status() {
		return this.status;
	}

	/** The stored problem detail, as JSON. */
	String body() {
		return this.body;
	}

	HttpHeaders headers() {
		return this.headers;
	}

}
