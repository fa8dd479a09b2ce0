package com.example.heroes.problem;

import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns exceptions into RFC 9457 problem details, on Spring MVC's own
 * handler. The service's exceptions carry their {@link ProblemType}
 * ({@link ProblemException}); Spring's are given the words of API.md here, and any other
 * of them is known by its status. Messages are never copied from an exception, so no SQL,
 * class name, stack trace or submitted value reaches a client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final String NO_RESOURCE = "No resource exists at this path";

	private final JsonMapper json;

	private final DatabaseProblems databaseProblems;

	private final DatabaseConstraints constraints;

	ProblemDetailsAdvice(JsonMapper json, DatabaseProblems databaseProblems, DatabaseConstraints constraints) {
		this.json = json;
		this.databaseProblems = databaseProblems;
		this.constraints = constraints;
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return answer(ex, new NotFoundException(NO_RESOURCE), request);
	}

	@Override
	protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return answer(ex, new NotFoundException(NO_RESOURCE), request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
				// An id that is not a 64-bit integer names no resource.
				return answer(ex, new NotFoundException(NO_RESOURCE), request);
			}
			return answer(ex, new InvalidRequestException(mismatch.getName(), "has an invalid value"), request);
		}
		return answer(ex, new InvalidRequestException(ClientNames.property(String.valueOf(ex.getPropertyName())),
				"has an invalid value"), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BindingResult result = ex.getBindingResult();
		return answer(ex, new InvalidRequestException(ex.getParameter().hasParameterAnnotation(RequestBody.class)
				? ClientNames.fieldErrors(result) : ClientNames.queryParameterErrors(result)), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(ex, new InvalidRequestException(ClientNames.fieldErrors(ex)), request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(ex, new InvalidRequestException(ex.getParameterName(), "is required"), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(ex, JsonProblems.problem(ex, this.json), request);
	}

	/**
	 * Spring's {@code Allow} names the methods mapped on the path; it also answers HEAD
	 * where there is GET, and OPTIONS everywhere, as its OPTIONS answer lists them.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Set<HttpMethod> allowed = new LinkedHashSet<>(headers.getAllow());
		if (allowed.contains(HttpMethod.GET)) {
			allowed.add(HttpMethod.HEAD);
		}
		allowed.add(HttpMethod.OPTIONS);
		HttpHeaders answer = HttpHeaders.copyOf(headers);
		answer.setAllow(allowed);
		return answer(ex,
				new ProblemException(ProblemType.METHOD_NOT_ALLOWED, "This path does not support " + ex.getMethod()),
				answer, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// Where Spring lists what its converters read (an empty body of another type on a
		// PUT whose body may be left out), that includes YAML: the API takes JSON only.
		List<MediaType> taken = ex.getSupportedMediaTypes()
			.stream()
			.filter((type) -> type.isConcrete()
					&& (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")))
			.toList();
		if (taken.isEmpty()) {
			taken = List.of(MediaType.APPLICATION_JSON);
		}
		String supported = MediaType.toString(taken);
		HttpHeaders answer = HttpHeaders.copyOf(headers);
		for (String name : List.of(HttpHeaders.ACCEPT, "Accept-Patch")) {
			if (answer.getFirst(name) != null) {
				answer.set(name, supported);
			}
		}
		return answer(ex,
				new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body must be sent as " + supported),
				answer, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(ex, new ProblemException(ProblemType.NOT_ACCEPTABLE, "The service answers in application/json"),
				request);
	}

	/**
	 * Where every Spring MVC error ends: the service's own carry their problem; any other
	 * of Spring's is answered by its status, its detail the type's description, and a 5xx
	 * among them (a body that cannot be written, say) is the service's fault, logged.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail given = (body instanceof ProblemDetail detail) ? detail
				: (ex instanceof ProblemException ours) ? ours.getBody() : null;
		ProblemDetail problem;
		if (given != null && ProblemType.isTypeOf(given)) {
			problem = given;
		}
		else if (status.is5xxServerError()) {
			log.error("Unexpected error", ex);
			problem = Problems.body(ProblemType.INTERNAL_ERROR, 500, ProblemType.INTERNAL_ERROR.description());
		}
		else {
			ProblemType type = ProblemType.forStatus(status.value());
			problem = Problems.body(type, status.value(), type.description());
		}
		return super.handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail problem = (ProblemDetail) body;
		problem.setInstance(instance(request));
		return new ResponseEntity<>(problem, Problems.response(problem, headers).getHeaders(), problem.getStatus());
	}

	@ExceptionHandler(ReplayedProblemException.class)
	ResponseEntity<String> replayedProblem(ReplayedProblemException ex) {
		return ResponseEntity.status(ex.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.headers(ex.headers())
			.body(ex.body());
	}

	@ExceptionHandler(InvalidMimeTypeException.class)
	ResponseEntity<Object> unparseableMediaType(InvalidMimeTypeException ex, WebRequest request) {
		return answer(ex, new MalformedBodyException("A media type in the request's headers cannot be parsed"),
				request);
	}

	/**
	 * Tomcat could not decode the query string (bad percent-encoding, too many
	 * parameters).
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> undecodableParameters(InvalidParameterException ex, WebRequest request) {
		int status = ex.getErrorCode();
		return answer(ex, new ProblemException(ProblemType.forStatus(status), HttpStatusCode.valueOf(status),
				"The query string cannot be decoded"), request);
	}

	/**
	 * Constraint errors are recognised by PostgreSQL's SQLSTATE, so a request that slips
	 * past a service's own checks in a race gets the answer a serial one would; what the
	 * constraint means, the feature that made it says ({@link ConstraintMeanings}).
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrityViolation(DataIntegrityViolationException ex, WebRequest request) {
		SQLException sql = causeOf(ex, SQLException.class);
		String constraint = DatabaseConstraints.name(ex);
		if (DatabaseConstraints.isConflict(sql)) {
			return answer(ex, new ConflictException(this.constraints.conflictDetail(constraint), List.of()), request);
		}
		log.warn("The database refused a write that validation let through (SQLSTATE {}, constraint {})",
				(sql != null) ? sql.getSQLState() : null, constraint);
		return answer(ex, new InvalidRequestException(List.of(this.constraints.refusal(constraint))), request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
		return answer(ex, new PreconditionFailedException("The resource was changed by another request"), request);
	}

	/**
	 * Errors raised outside the handlers (by the servlet container or a filter) reach
	 * here through {@link ContainerErrorController}, known by their status alone.
	 */
	@ExceptionHandler(ContainerErrorController.ContainerError.class)
	ResponseEntity<ProblemDetail> containerError(ContainerErrorController.ContainerError ex) {
		Throwable clientFailure = ClientFailures.find(ex.getCause());
		if (clientFailure != null) {
			log.info("The client failed the request ({}): {}", ex.status(), clientFailure.getClass().getSimpleName());
		}
		else if (ex.getCause() != null) {
			log.error("Unexpected error outside the request handlers", ex.getCause());
		}
		ProblemType type = ProblemType.forStatus(ex.status());
		return Problems.response(type, ex.status(), type.description(), ex.uri(), HttpHeaders.EMPTY);
	}

	/**
	 * Anything else: the database out of reach, or too busy, is a 503 with
	 * {@code Retry-After} ({@link DatabaseProblems}); a client's failure (it left
	 * mid-body) is a 400, logged in one line; all the rest is a bare 500, logged with the
	 * request id.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<?> unexpected(Exception ex, NativeWebRequest request) {
		Optional<ResponseEntity<ProblemDetail>> database = this.databaseProblems.answer(ex, instance(request));
		if (database.isPresent()) {
			return database.get();
		}
		Throwable clientFailure = ClientFailures.find(ex);
		if (clientFailure != null) {
			log.info("The client failed the request: {}", clientFailure.getClass().getSimpleName());
			return answer(ex, new MalformedBodyException("The request could not be read to its end"), request);
		}
		return handleExceptionInternal(ex, null, HttpHeaders.EMPTY, HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	private ResponseEntity<Object> answer(Exception ex, ProblemException problem, WebRequest request) {
		return answer(ex, problem, problem.getHeaders(), request);
	}

	private ResponseEntity<Object> answer(Exception ex, ProblemException problem, HttpHeaders headers,
			WebRequest request) {
		return handleExceptionInternal(ex, problem.getBody(), headers, problem.getStatusCode(), request);
	}

	/** The request's path; one that is not a valid URI reference is reported as "/". */
	private static URI instance(WebRequest request) {
		HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		try {
			return URI.create((servlet != null) ? servlet.getRequestURI() : "/");
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
