package com.example.heroes.web;

/**
 * An {@code Idempotency-Key} came back with a request other than the one it was first
 * used with. Answered as 422 naming the header.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public static final String HEADER = "Idempotency-Key";

	public IdempotencyKeyReusedException() {
		super("This key was already used with a different request");
	}

}
