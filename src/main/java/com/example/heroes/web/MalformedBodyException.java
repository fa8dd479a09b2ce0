package com.example.heroes.web;

/** A request body that cannot be read at all. Answered as 400. */
public class MalformedBodyException extends RuntimeException {

	public MalformedBodyException(String message) {
		super(message);
	}

}
