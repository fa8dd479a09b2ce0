package com.example.heroes.problem;

/** {@code If-Match} named a version that is not the current one: 412. */
public class PreconditionFailedException extends ProblemException {

	public PreconditionFailedException(String detail) {
		super(ProblemType.PRECONDITION_FAILED, detail);
	}

}
