package com.example.heroes.web;

import java.util.List;

/**
 * The request conflicts with stored data. Answered as 409, with {@code errors} when the
 * conflict can be pinned on fields (an item of a bulk create, say).
 */
public class ConflictException extends RuntimeException {

	private final transient List<FieldError> errors;

	public ConflictException(String message, List<FieldError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
