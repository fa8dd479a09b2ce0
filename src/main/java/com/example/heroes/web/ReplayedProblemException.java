package com.example.heroes.web;

/**
 * A request repeats an earlier one whose answer was a problem: that stored answer is
 * given again, as it was, marked {@code Idempotent-Replayed}.
 */
public class ReplayedProblemException extends RuntimeException {

	private final int status;

	private final transient String body;

	public ReplayedProblemException(int status, String body) {
		super("Replay of an earlier answer " + status);
		this.status = status;
		this.body = body;
	}

	public int status() {
		return this.status;
	}

	/** The stored problem detail, as JSON. */
	public String body() {
		return this.body;
	}

}
