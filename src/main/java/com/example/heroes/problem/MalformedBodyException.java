package com.example.heroes.problem;

/** A request body that cannot be read at all: 400. */
public class MalformedBodyException extends ProblemException {

	public MalformedBodyException(String detail) {
		super(ProblemType.MALFORMED_REQUEST, detail);
	}

}
