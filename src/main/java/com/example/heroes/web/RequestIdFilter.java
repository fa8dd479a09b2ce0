package com.example.heroes.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is a sane one, a
 * new UUID otherwise. The id is echoed in the response and put in the logging context, so
 * every log line of the request carries it. Spring and Micrometer give trace ids, not the
 * client's own {@code X-Request-Id}, so this filter stays.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	/** The logging context key, used by {@code logging.pattern.correlation}. */
	public static final String MDC_KEY = "requestId";

	/** The request's id, kept for its later dispatches (an error page, say). */
	static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An error dispatch of the same request keeps the id its first dispatch was
		// given.
		String requestId = (request.getAttribute(ATTRIBUTE) instanceof String given) ? given
				: of(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, requestId);
		response.setHeader(HEADER, requestId);
		MDC.put(MDC_KEY, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** The client's id when it is a sane one, a new UUID otherwise. */
	static String of(String header) {
		return (header != null && SANE.matcher(header).matches()) ? header : UUID.randomUUID().toString();
	}

	/** It runs again once the body is read ({@link BodyReadingFilter}). */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
