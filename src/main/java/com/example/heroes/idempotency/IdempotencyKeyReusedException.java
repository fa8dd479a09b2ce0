package com.example.heroes.idempotency;

import java.util.List;

import com.example.heroes.problem.FieldError;
import com.example.heroes.problem.ProblemException;
import com.example.heroes.problem.ProblemType;

/**
 * An {@code Idempotency-Key} came back with a request other than the one it was first
 * used with: 422 naming the header.
 */
class IdempotencyKeyReusedException extends ProblemException {

	private static final String DETAIL = "This key was already used with a different request";

	IdempotencyKeyReusedException() {
		super(ProblemType.IDEMPOTENCY_KEY_REUSED, DETAIL);
		setErrors(List.of(new FieldError(IdempotentCreates.HEADER, DETAIL)));
	}

}
