package com.example.heroes.web;

import java.util.List;

/**
 * A request that parsed but carries invalid values that Bean Validation cannot see (a
 * sort field, a cursor, a header). Answered as 422 with {@code errors}.
 */
public class InvalidRequestException extends RuntimeException {

	private final transient List<FieldError> errors;

	public InvalidRequestException(List<FieldError> errors) {
		super(errors.get(0).field() + ": " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
