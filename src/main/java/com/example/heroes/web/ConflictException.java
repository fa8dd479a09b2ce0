package com.example.heroes.web;

/**
 * The request conflicts with stored data. Answered as 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
