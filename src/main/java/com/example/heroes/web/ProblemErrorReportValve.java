package com.example.heroes.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.example.heroes.problem.ProblemType;
import com.example.heroes.problem.Problems;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.json.JSONFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Tomcat's error page, for the few errors Tomcat answers itself before a request reaches
 * the application (a URL it cannot decode, say). It writes the same problem detail the
 * application writes, instead of Tomcat's HTML page, and never a stack trace; it echoes
 * the client's {@code X-Request-Id} where Tomcat had read it, and logs the refusal as one
 * INFO line with that id (Tomcat's own line, with its stack trace, is turned off in
 * {@code application.yml}). Everything that reaches the application is answered by the
 * problem advice ({@code problem.ProblemDetailsAdvice}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorReportValve.class);

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		if (status == 501 || status == 505) {
			// A transfer coding or HTTP version Tomcat does not take: the client's
			// request is at fault, and no input a client sends may be a 5xx.
			status = 400;
			response.setStatus(status);
		}
		ProblemType type = ProblemType.forStatus(status);
		String uri = request.getRequestURI();
		String body = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
				+ ",\"detail\":\"The request line or headers cannot be parsed\",\"instance\":\""
				+ JSONFilter.escape((uri != null) ? uri : "/") + "\"}";
		String requestId;
		if (request.getAttribute(RequestIdFilter.ATTRIBUTE) instanceof String id) {
			// The application saw the request, and has logged what went wrong.
			requestId = id;
		}
		else {
			requestId = RequestIdFilter.of(request.getHeader(RequestIdFilter.HEADER));
			try (MDC.MDCCloseable context = MDC.putCloseable(RequestIdFilter.MDC_KEY, requestId)) {
				// The exception's name, not its message: that quotes what the client
				// sent.
				logger.info("Answered {} before the application: the request line or headers cannot be parsed{}",
						status, (throwable != null) ? " (" + throwable.getClass().getSimpleName() + ")" : "");
			}
		}
		try {
			response.setHeader(RequestIdFilter.HEADER, requestId);
			if (status >= 500) {
				response.setHeader("Retry-After", Problems.RETRY_AFTER_SECONDS);
			}
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response is committed: nothing more to say.
		}
	}

}
