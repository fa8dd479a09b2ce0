package com.example.heroes.problem;

/** The service is set to require {@code If-Match} and the request has none: 428. */
public class PreconditionRequiredException extends ProblemException {

	public PreconditionRequiredException() {
		super(ProblemType.PRECONDITION_REQUIRED, "This request must carry If-Match with the resource's current ETag");
	}

}
