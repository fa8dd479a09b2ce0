package com.example.heroes.web;

/**
 * The resource a request names does not exist. Answered as 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException of(String resource, Object id) {
		return new NotFoundException(resource + " " + id + " does not exist");
	}

}
