package com.example.heroes.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns exceptions into RFC 9457 problem details. Each kind of error
 * has its own {@link ProblemType}; messages are written here, never copied from an
 * exception, so no SQL, class name, stack trace or submitted value reaches a client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final JsonMapper json;

	private final DatabaseProblems databaseProblems;

	ProblemDetailsAdvice(JsonMapper json, DatabaseProblems databaseProblems) {
		this.json = json;
		this.databaseProblems = databaseProblems;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(ProblemType.NOT_FOUND, ex.getMessage(), request);
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<ProblemDetail> noSuchPath(Exception ex, HttpServletRequest request) {
		return problem(ProblemType.NOT_FOUND, "No resource exists at this path", request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			// An id that is not a 64-bit integer names no resource.
			return problem(ProblemType.NOT_FOUND, "No resource exists at this path", request);
		}
		return validation(List.of(new FieldError(ex.getName(), "has an invalid value")), request);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidArgument(MethodArgumentNotValidException ex, HttpServletRequest request) {
		return validation(fieldErrors(ex.getBindingResult()), request);
	}

	/**
	 * Constraints on handler parameters. The items of a list body are named by their
	 * index, {@code [3].name}, as API.md §2 spells them.
	 */
	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<FieldError> errors = new ArrayList<>();
		List<ParameterValidationResult> results = ex.getParameterValidationResults()
			.stream()
			.sorted(Comparator.comparing(ParameterValidationResult::getContainerIndex,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
		for (ParameterValidationResult result : results) {
			String name = (result.getContainerIndex() != null) ? "[" + result.getContainerIndex() + "]"
					: ClientNames.parameter(result.getMethodParameter());
			if (result instanceof ParameterErrors parameterErrors) {
				parameterErrors.getFieldErrors()
					.stream()
					.sorted(Comparator.comparing(org.springframework.validation.FieldError::getField))
					.forEach((error) -> errors.add(new FieldError(name + "." + ClientNames.property(error.getField()),
							error.getDefaultMessage())));
				parameterErrors.getGlobalErrors()
					.forEach((error) -> errors.add(new FieldError(name, error.getDefaultMessage())));
			}
			else {
				result.getResolvableErrors()
					.forEach((error) -> errors.add(new FieldError(name, error.getDefaultMessage())));
			}
		}
		return validation(errors, request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request) {
		return validation(List.of(new FieldError(ex.getParameterName(), "is required")), request);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex, HttpServletRequest request) {
		return validation(ex.errors(), request);
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException ex, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> response = problem(ProblemType.IDEMPOTENCY_KEY_REUSED, ex.getMessage(), request);
		response.getBody()
			.setProperty("errors", List.of(new FieldError(IdempotencyKeyReusedException.HEADER, ex.getMessage())));
		return response;
	}

	@ExceptionHandler(MalformedBodyException.class)
	ResponseEntity<ProblemDetail> malformedBody(MalformedBodyException ex, HttpServletRequest request) {
		return problem(ProblemType.MALFORMED_REQUEST, ex.getMessage(), request);
	}

	@ExceptionHandler(PageResponses.QueryTooLongException.class)
	ResponseEntity<ProblemDetail> queryTooLong(PageResponses.QueryTooLongException ex, HttpServletRequest request) {
		return problem(ProblemType.MALFORMED_REQUEST, HttpStatus.URI_TOO_LONG.value(), ex.getMessage(),
				instance(request), HttpHeaders.EMPTY);
	}

	@ExceptionHandler(StrictBodies.UnsupportedContentEncodingException.class)
	ResponseEntity<ProblemDetail> unsupportedContentEncoding(StrictBodies.UnsupportedContentEncodingException ex,
			HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_ENCODING, "identity");
		return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, ex.getMessage(), request, headers);
	}

	@ExceptionHandler(ReplayedProblemException.class)
	ResponseEntity<String> replayedProblem(ReplayedProblemException ex) {
		return ResponseEntity.status(ex.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(IdempotencyKeyReusedException.REPLAYED_HEADER, "true")
			.body(ex.body());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		ContentTooLargeException tooLarge = causeOf(ex, ContentTooLargeException.class);
		if (tooLarge != null) {
			return problem(ProblemType.CONTENT_TOO_LARGE, tooLarge.getMessage(), request);
		}
		JacksonException json = causeOf(ex, JacksonException.class);
		if (json == null) {
			return problem(ProblemType.MALFORMED_REQUEST, "The request body is missing or not readable", request);
		}
		if (json instanceof StreamConstraintsException) {
			return problem(ProblemType.MALFORMED_REQUEST,
					"The body exceeds the JSON reader's limits (nesting, or the length of a number or string)",
					request);
		}
		if (json instanceof StreamReadException && !(json instanceof InputCoercionException)) {
			return problem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON", request);
		}
		if (!JsonProblems.isWellFormed(this.json, ex.getHttpInputMessage())) {
			// Jackson stopped at a value of the wrong type; the body breaks further on.
			return problem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON", request);
		}
		String field = ClientNames.jsonPath(json.getPath());
		if (field.isEmpty()) {
			return problem(ProblemType.MALFORMED_REQUEST, JsonProblems.wrongBodyType(json), request);
		}
		return validation(List.of(new FieldError(field, JsonProblems.message(json))), request);
	}

	/**
	 * Tomcat could not decode the query string (bad percent-encoding, too many
	 * parameters).
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException ex, HttpServletRequest request) {
		return problem(ProblemType.forStatus(ex.getErrorCode()), ex.getErrorCode(),
				"The query string cannot be decoded", instance(request), HttpHeaders.EMPTY);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) {
		return problem(ProblemType.METHOD_NOT_ALLOWED, "This path does not support " + ex.getMethod(), request,
				ex.getHeaders());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException ex,
			HttpServletRequest request) {
		String supported = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.joining(", "));
		return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body must be sent as " + supported, request,
				ex.getHeaders());
	}

	@ExceptionHandler(InvalidMimeTypeException.class)
	ResponseEntity<ProblemDetail> unparseableMediaType(InvalidMimeTypeException ex, HttpServletRequest request) {
		return problem(ProblemType.MALFORMED_REQUEST, "A media type in the request's headers cannot be parsed",
				request);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return problem(ProblemType.NOT_ACCEPTABLE, "The service answers in application/json", request);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> response = problem(ProblemType.CONFLICT, ex.getMessage(), request);
		if (!ex.errors().isEmpty()) {
			response.getBody().setProperty("errors", ex.errors());
		}
		return response;
	}

	/**
	 * Constraint errors are recognised by PostgreSQL's SQLSTATE, so a request that slips
	 * past a service's own checks in a race gets the answer a serial one would.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException ex, HttpServletRequest request) {
		SQLException sql = causeOf(ex, SQLException.class);
		String constraint = DatabaseConstraints.name(sql);
		if (DatabaseConstraints.isConflict(sql)) {
			return problem(ProblemType.CONFLICT, DatabaseConstraints.conflictDetail(constraint), request);
		}
		logger.warn("The database refused a write that validation let through (SQLSTATE {}, constraint {})",
				(sql != null) ? sql.getSQLState() : null, constraint);
		return validation(List.of(DatabaseConstraints.refusal(constraint)), request);
	}

	@ExceptionHandler(PreconditionFailedException.class)
	ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException ex, HttpServletRequest request) {
		return problem(ProblemType.PRECONDITION_FAILED, ex.getMessage(), request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return problem(ProblemType.PRECONDITION_FAILED, "The resource was changed by another request", request);
	}

	@ExceptionHandler(PreconditionRequiredException.class)
	ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException ex, HttpServletRequest request) {
		return problem(ProblemType.PRECONDITION_REQUIRED, ex.getMessage(), request);
	}

	/**
	 * Errors raised outside the handlers (by the servlet container or a filter) reach
	 * here through {@link ContainerErrorController}, known by their status alone.
	 */
	@ExceptionHandler(ContainerErrorController.ContainerError.class)
	ResponseEntity<ProblemDetail> containerError(ContainerErrorController.ContainerError ex) {
		Throwable clientFailure = ClientFailures.find(ex.getCause());
		if (clientFailure != null) {
			logger.info("The client failed the request ({}): {}", ex.status(),
					clientFailure.getClass().getSimpleName());
		}
		else if (ex.getCause() != null) {
			logger.error("Unexpected error outside the request handlers", ex.getCause());
		}
		ProblemType type = ProblemType.forStatus(ex.status());
		return problem(type, ex.status(), type.description(), ex.uri(), HttpHeaders.EMPTY);
	}

	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void clientWentAway() {
		// The client closed the connection: there is nobody to answer.
	}

	/**
	 * Anything else: the database out of reach, or too busy, is a 503 with
	 * {@code Retry-After} ({@link DatabaseProblems}); Spring's own 4xx errors keep their
	 * status; a client's failure (it left mid-body) is a 400, logged in one line; all the
	 * rest is a bare 500, logged with the request id.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		Optional<ResponseEntity<ProblemDetail>> database = this.databaseProblems.answer(ex, instance(request));
		if (database.isPresent()) {
			return database.get();
		}
		if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			int status = error.getStatusCode().value();
			ProblemType type = ProblemType.forStatus(status);
			return problem(type, status, type.description(), instance(request), error.getHeaders());
		}
		Throwable clientFailure = ClientFailures.find(ex);
		if (clientFailure != null) {
			logger.info("The client failed the request: {}", clientFailure.getClass().getSimpleName());
			return problem(ProblemType.MALFORMED_REQUEST, "The request could not be read to its end", request);
		}
		logger.error("Unexpected error", ex);
		return problem(ProblemType.INTERNAL_ERROR, ProblemType.INTERNAL_ERROR.description(), request);
	}

	/**
	 * A 422 naming each offending field once. Where a value breaks several rules (an
	 * empty name is blank and too short), one message is kept, the same one every time.
	 */
	private ResponseEntity<ProblemDetail> validation(List<FieldError> allErrors, HttpServletRequest request) {
		Map<String, FieldError> byField = new LinkedHashMap<>();
		allErrors.stream()
			.sorted(Comparator.comparing(FieldError::message))
			.forEach((error) -> byField.putIfAbsent(error.field(), error));
		List<FieldError> errors = allErrors.stream().map(FieldError::field).distinct().map(byField::get).toList();
		String detail = errors.stream()
			.map((error) -> error.field() + " " + error.message())
			.collect(Collectors.joining("; "));
		ResponseEntity<ProblemDetail> response = problem(ProblemType.VALIDATION, detail, request);
		response.getBody().setProperty("errors", errors);
		return response;
	}

	private static List<FieldError> fieldErrors(BindingResult result) {
		return result.getAllErrors().stream().map((error) -> {
			if (error instanceof org.springframework.validation.FieldError fieldError) {
				String message = fieldError.isBindingFailure() ? "has an invalid value"
						: fieldError.getDefaultMessage();
				return new FieldError(ClientNames.property(fieldError.getField()), message);
			}
			return new FieldError(ClientNames.property(error.getObjectName()), error.getDefaultMessage());
		}).toList();
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemType type, String detail, HttpServletRequest request) {
		return problem(type, detail, request, HttpHeaders.EMPTY);
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemType type, String detail, HttpServletRequest request,
			HttpHeaders headers) {
		return problem(type, type.status().value(), detail, instance(request), headers);
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemType type, int status, String detail, URI instance,
			HttpHeaders headers) {
		return Problems.response(type, status, detail, instance, headers);
	}

	/** The request's path; one that is not a valid URI reference is reported as "/". */
	private static URI instance(HttpServletRequest request) {
		try {
			return URI.create(request.getRequestURI());
		}
		catch (IllegalArgumentException ex) {
			return URI.create("/");
		}
	}

	static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
