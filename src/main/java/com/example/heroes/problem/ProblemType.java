package com.example.heroes.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of error the service answers, each with a stable {@code type} URI that
 * clients can switch on. The list is published in the OpenAPI document and the README.
 */
public enum ProblemType {

	MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request",
			"The request cannot be read: its URL or headers are malformed, or its body is not parseable JSON or not the JSON type the endpoint takes. Tomcat may give this type another 4xx status of its own, such as 414, 417 or 431, and a body that does not arrive within the time allowed is a 408 of this type."),

	VALIDATION("validation", HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed",
			"The JSON parsed, but a field or a query parameter is invalid; `errors` names each one."),

	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
			"The Idempotency-Key was already used with a different request."),

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found", "No resource exists at this path."),

	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
			"The path does not support this method; `Allow` lists the ones it does."),

	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
			"The service cannot answer in any media type the `Accept` header allows."),

	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict",
			"The request conflicts with stored data: a unique value is taken, or a reference names a row that does not exist."),

	PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Precondition failed",
			"`If-Match` does not match the current version of the resource."),

	CONTENT_TOO_LARGE("content-too-large", HttpStatus.CONTENT_TOO_LARGE, "Content too large",
			"The request body is larger than the service accepts."),

	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
			"The body's `Content-Type` is not one the endpoint takes, or it has a `Content-Encoding`."),

	PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "Precondition required",
			"The service requires `If-Match` on this request."),

	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
			"The database cannot be reached; retry after the `Retry-After` delay."),

	OVERLOADED("overloaded", HttpStatus.SERVICE_UNAVAILABLE, "Overloaded",
			"The service is saturated while the database is up: every database connection stayed busy past the bounded wait. Retry after the `Retry-After` delay."),

	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
			"An unexpected error; it has been logged with the request id. `Retry-After` says when to retry.");

	private final String slug;

	private final URI uri;

	private final HttpStatus status;

	private final String title;

	private final String description;

	ProblemType(String slug, HttpStatus status, String title, String description) {
		this.slug = slug;
		this.uri = URI.create("/problems/" + slug);
		this.status = status;
		this.title = title;
		this.description = description;
	}

	/**
	 * The type for an error known only by its status, as the servlet container reports
	 * it: the type with that status, else the general one of its class.
	 */
	public static ProblemType forStatus(int status) {
		for (ProblemType type : values()) {
			if (type.status.value() == status) {
				return type;
			}
		}
		return (status >= 500) ? INTERNAL_ERROR : MALFORMED_REQUEST;
	}

	/**
	 * Whether the problem is of one of these types, rather than Spring's untyped kind.
	 */
	static boolean isTypeOf(ProblemDetail problem) {
		for (ProblemType type : values()) {
			if (type.uri.equals(problem.getType())) {
				return true;
			}
		}
		return false;
	}

	/** The last segment of the type's URI, {@code not-found}. */
	public String slug() {
		return this.slug;
	}

	public URI uri() {
		return this.uri;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

}
