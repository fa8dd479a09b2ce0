package com.example.heroes.problem;

import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * An error the service answers with a problem of its own {@link ProblemType}. The
 * exception carries the whole answer (Spring's {@code ErrorResponse}: status, type,
 * title, detail, {@code errors}, headers), so the advice renders every one the same way
 * without knowing its kind. The detail is written by the thrower for the client; it never
 * holds an exception's message.
 */
public class ProblemException extends ErrorResponseException {

	public ProblemException(ProblemType type, String detail) {
		this(type, type.status(), detail);
	}

	/** A problem whose status is not its type's own (a 414 of the malformed type). */
	public ProblemException(ProblemType type, HttpStatusCode status, String detail) {
		super(status, Problems.body(type, status.value(), detail), null);
	}

	/** Adds the {@code errors} member, naming each field at fault. */
	protected final void setErrors(List<FieldError> errors) {
		getBody().setProperty("errors", List.copyOf(errors));
	}

	/** The fields at fault, as the {@code errors} member names them; empty when none. */
	@SuppressWarnings("unchecked")
	public List<FieldError> errors() {
		Object errors = (getBody().getProperties() != null) ? getBody().getProperties().get("errors") : null;
		return (errors instanceof List<?> list) ? (List<FieldError>) list : List.of();
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
