package com.example.heroes.problem;

import java.net.URI;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Takes over Spring Boot's {@code /error} page, where the servlet container sends the
 * errors it raises itself (a malformed URL, an exception in a filter), and hands them to
 * {@link ProblemDetailsAdvice}, so that they too are answered as problem details.
 */
@Controller
class ContainerErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			// Asked for directly, /error is just a path with nothing at it.
			throw new NotFoundException("No resource exists at this path");
		}
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		throw new ContainerError((status instanceof Integer code) ? code : 500,
				URI.create((uri != null) ? uri.toString() : "/"),
				(exception instanceof Throwable cause) ? cause : null);
	}

	/** An error the container reported, carried to the advice. */
	static class ContainerError extends RuntimeException {

		private final int status;

		private final URI uri;

		ContainerError(int status, URI uri, Throwable cause) {
			super("Container error " + status, cause);
			this.status = status;
			this.uri = uri;
		}

		int status() {
			return this.status;
		}

		URI uri() {
			return this.uri;
		}

	}

}
