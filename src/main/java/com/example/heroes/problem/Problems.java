package com.example.heroes.problem;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one builder of problem details, for {@link ProblemDetailsAdvice}, the exceptions
 * that carry their problem ({@link ProblemException}) and the few places that must answer
 * a problem after the advice has run ({@link DatabaseProblems}). Every 5xx carries
 * {@code Retry-After}: it is the server's fault, and it may pass.
 */
public final class Problems {

	/** How long a client should wait before retrying a 5xx, unless told otherwise. */
	public static final String RETRY_AFTER_SECONDS = "5";

	private Problems() {
	}

	/**
	 * A problem of this type. The status is the type's own, except for the few errors
	 * known only by the status Tomcat or Spring gave them.
	 */
	static ResponseEntity<ProblemDetail> response(ProblemType type, int status, String detail, URI instance,
			HttpHeaders headers) {
		ProblemDetail body = body(type, status, detail);
		body.setInstance(instance);
		return response(body, headers);
	}

	/** The body of a problem of this type; the status is the type's own but for a few. */
	static ProblemDetail body(ProblemType type, int status, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
		body.setType(type.uri());
		body.setTitle(type.title());
		return body;
	}

	/** The answer carrying this problem, with {@code Retry-After} on a 5xx. */
	static ResponseEntity<ProblemDetail> response(ProblemDetail body, HttpHeaders headers) {
		int status = body.getStatus();
		HttpHeaders all = new HttpHeaders();
		all.addAll(headers);
		if (status >= 500 && !all.containsHeader(HttpHeaders.RETRY_AFTER)) {
			all.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		return ResponseEntity.status(status).headers(all).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
