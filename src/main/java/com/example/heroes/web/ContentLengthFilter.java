package com.example.heroes.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Lets a response of up to 32 KB go out whole, with its {@code Content-Length}, in one
 * write: Spring MVC flushes the response once it has written a body, which commits it
 * before its length is known, so every answer went chunked, its end a second write, and
 * Tomcat's buffer of 8 KB split a page of 100 heroes into more. Here the buffer holds 32
 * KB and those flushes do nothing; the response is committed when the buffer fills (a
 * longer one, such as the answer to a bulk create, is still sent chunked as it is
 * written) or, with the length of what was written, when the chain returns. That is still
 * before Tomcat reads what is left of the request body, which may fail (a malformed
 * chunk) and leave the connection to be closed unanswered.
 */
class ContentLengthFilter extends OncePerRequestFilter {

	/** A page of 100 heroes or a team with 100 is about 16 KB of JSON. */
	private static final int BUFFER_BYTES = 32 * 1024;

	/** Bodies are written on the dispatch that follows the reading of a request body. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// A dispatch after the body was read is given the response the first one wrapped.
		UnflushedResponse given = WebUtils.getNativeResponse(response, UnflushedResponse.class);
		if (given == null && !response.isCommitted() && response.getBufferSize() < BUFFER_BYTES) {
			response.setBufferSize(BUFFER_BYTES);
		}
		UnflushedResponse unflushed = (given != null) ? given : new UnflushedResponse(response);
		chain.doFilter(request, (given != null) ? response : unflushed);
		// An error while the body is read is answered by an error dispatch inside the
		// asynchronous cycle that reads it: that answer is the last.
		if (!request.isAsyncStarted() || request.getDispatcherType() == DispatcherType.ERROR) {
			unflushed.send();
		}
	}

	private static final class UnflushedResponse extends HttpServletResponseWrapper {

		private UnflushedStream stream;

		private boolean error;

		UnflushedResponse(HttpServletResponse response) {
			super(response);
		}

		/** Sends what is buffered, with its length if nothing was sent yet. */
		void send() throws IOException {
			if (this.error) {
				// Tomcat answers it, with its error page.
				return;
			}
			if (!isCommitted() && this.stream != null && this.stream.written > 0 && !containsHeader("Content-Length")) {
				setContentLengthLong(this.stream.written);
			}
			super.flushBuffer();
		}

		@Override
		public void sendError(int status) throws IOException {
			this.error = true;
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			this.error = true;
			super.sendError(status, message);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new UnflushedStream(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public void flushBuffer() {
		}

	}

	private static final class UnflushedStream extends ServletOutputStream {

		private final ServletOutputStream out;

		private long written;

		UnflushedStream(ServletOutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.written++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			this.written += length;
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

		@Override
		public boolean isReady() {
			return this.out.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.out.setWriteListener(listener);
		}

	}

}
