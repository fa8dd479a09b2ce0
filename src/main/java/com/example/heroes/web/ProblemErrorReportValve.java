package com.example.heroes.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.json.JSONFilter;

/**
 * Tomcat's error page, for the few errors Tomcat answers itself before a request reaches
 * the application (a URL it cannot decode, say). It writes the same problem detail the
 * application writes, instead of Tomcat's HTML page, and never a stack trace. Everything
 * that reaches the application is answered by {@link ProblemDetailsAdvice}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ProblemType type = ProblemType.forStatus(status);
		String body = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
				+ ",\"detail\":\"The request line or headers cannot be parsed\",\"instance\":\""
				+ JSONFilter.escape(String.valueOf(request.getRequestURI())) + "\"}";
		try {
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
