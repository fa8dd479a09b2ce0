package com.example.heroes.problem;

/** The resource a request names does not exist: 404. */
public class NotFoundException extends ProblemException {

	public NotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	public static NotFoundException of(String resource, Object id) {
		return new NotFoundException(resource + " " + id + " does not exist");
	}

}
