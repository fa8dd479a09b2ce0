package com.example.heroes.idempotency;

import com.example.heroes.problem.DatabaseProblems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Stores the refusal a create with an {@code Idempotency-Key} was answered with, so that
 * a repeat gets it again (see {@link IdempotentCreates}). It sees every problem detail as
 * it is written; it acts only on a request whose create claimed its key and was then
 * refused with a 4xx. A 5xx is not stored: it may pass, and the retry should run. When
 * the refusal cannot be stored for the database's sake (no connection free in time, say),
 * the answer becomes that 503, with {@code Retry-After}: nothing was kept, so the retry
 * runs afresh, and the client is not told of a refusal that a retry might not repeat.
 */
@ControllerAdvice
class RefusedCreates implements ResponseBodyAdvice<Object> {

	private static final String CLAIM = RefusedCreates.class.getName() + ".claim";

	private final IdempotentCreates idempotency;

	private final JsonMapper json;

	private final DatabaseProblems databaseProblems;

	RefusedCreates(IdempotentCreates idempotency, JsonMapper json, DatabaseProblems databaseProblems) {
		this.idempotency = idempotency;
		this.json = json;
		this.databaseProblems = databaseProblems;
	}

	/** Notes that the current request's create has claimed its key and is running. */
	static void expect(IdempotentCreates.Claim claim) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(CLAIM, claim, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (body instanceof ProblemDetail problem && attributes != null
				&& attributes.getAttribute(CLAIM,
						RequestAttributes.SCOPE_REQUEST) instanceof IdempotentCreates.Claim claim
				&& problem.getStatus() >= 400 && problem.getStatus() < 500) {
			attributes.removeAttribute(CLAIM, RequestAttributes.SCOPE_REQUEST);
			try {
				this.idempotency.storeRefusal(claim, problem.getStatus(), this.json.writeValueAsString(problem));
			}
			catch (RuntimeException ex) {
				ResponseEntity<ProblemDetail> unavailable = this.databaseProblems.answer(ex, problem.getInstance())
					.orElseThrow(() -> ex);
				response.setStatusCode(unavailable.getStatusCode());
				response.getHeaders().putAll(unavailable.getHeaders());
				return unavailable.getBody();
			}
		}
		return body;
	}

}
