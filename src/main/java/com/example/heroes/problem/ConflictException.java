package com.example.heroes.problem;

import java.util.List;

/**
 * The request conflicts with stored data: 409, with {@code errors} when the conflict can
 * be pinned on fields (an item of a bulk create, say).
 */
public class ConflictException extends ProblemException {

	public ConflictException(String detail, List<FieldError> errors) {
		super(ProblemType.CONFLICT, detail);
		if (!errors.isEmpty()) {
			setErrors(errors);
		}
	}

}
