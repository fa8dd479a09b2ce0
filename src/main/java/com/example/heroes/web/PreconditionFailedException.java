package com.example.heroes.web;

/**
 * {@code If-Match} named a version that is not the current one. Answered as 412.
 */
public class PreconditionFailedException extends RuntimeException {

	public PreconditionFailedException(String message) {
		super(message);
	}

}
