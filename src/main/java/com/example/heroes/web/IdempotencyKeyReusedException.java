package com.example.heroes.web;

/**
 * An {@code Idempotency-Key} came back with a request other than the one it was first
 * used with. Answered as 422 naming the header.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public static final String HEADER = "Idempotency-Key";

	/** Set on an answer that is the replay of an earlier one. */
	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	public IdempotencyKeyReusedException() {
		super("This key was already used with a different request");
	}

}
