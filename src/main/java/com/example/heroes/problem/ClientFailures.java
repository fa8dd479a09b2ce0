package com.example.heroes.problem;

import java.io.EOFException;
import java.net.SocketTimeoutException;

import org.apache.catalina.connector.ClientAbortException;
import org.apache.coyote.BadRequestException;

import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Failures a client causes at the level of HTTP itself: a malformed chunk, a body cut
 * short because the client left, a connection it closed or stopped feeding. They are
 * routine for a service on the internet and say nothing about the service, so they are
 * logged in one line without a stack trace, never as errors: a client must not be able to
 * flood the log and bury the failures that matter.
 */
final class ClientFailures {

	private ClientFailures() {
	}

	/** The client-caused failure in the chain of causes, or null when there is none. */
	static Throwable find(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BadRequestException || cause instanceof ClientAbortException
					|| cause instanceof EOFException || cause instanceof SocketTimeoutException
					|| cause instanceof AsyncRequestNotUsableException) {
				return cause;
			}
		}
		return null;
	}

}
