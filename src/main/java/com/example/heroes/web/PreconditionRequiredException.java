package com.example.heroes.web;

/**
 * The service is set to require {@code If-Match} and the request has none. Answered as
 * 428.
 */
public class PreconditionRequiredException extends RuntimeException {

	public PreconditionRequiredException() {
		super("This request must carry If-Match with the resource's current ETag");
	}

}
