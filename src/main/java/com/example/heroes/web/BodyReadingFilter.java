package com.example.heroes.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads request bodies without holding a server thread while they arrive, and bounds the
 * time a body may take. A client that sends its headers and then its body a byte every
 * few seconds would otherwise keep a thread blocked in a read whose timeout each byte
 * renews; a few hundred such clients held every thread, and the service, health checks
 * included, stopped answering.
 * <p>
 * The body is read with the servlet's non-blocking I/O into memory (at most the body
 * limit and one byte more, so that the limit's 413 still applies), and the request is
 * then dispatched again, on a thread, with its body at hand. A body not complete within
 * {@code heroes.request-body.timeout} is answered 408 and its connection closed. Requests
 * without a body go straight on. The filters after this one run on that second
 * (asynchronous) dispatch, so each of them is made to run there.
 * <p>
 * Most bodies have arrived with their headers: a body of known length that the server
 * holds in full already is read at once, on this thread, and the request goes straight
 * on, without the second dispatch. A body that has only partly arrived is read on as
 * above, from where this read stopped.
 */
public class BodyReadingFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(BodyReadingFilter.class);

	private static final String BODY = BodyReadingFilter.class.getName() + ".body";

	private static final String TIMED_OUT = BodyReadingFilter.class.getName() + ".timedOut";

	private final long limitBytes;

	private final long timeoutMillis;

	public BodyReadingFilter(long limitBytes, Duration timeout) {
		this.limitBytes = limitBytes;
		this.timeoutMillis = timeout.toMillis();
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ASYNC) {
			continueWithBody(request, response, chain);
			return;
		}
		if (!hasBody(request) || request.getContentLengthLong() > this.limitBytes || !request.isAsyncSupported()) {
			// No body to wait for, or one the limit refuses before it is read.
			chain.doFilter(request, response);
			return;
		}
		ServletInputStream in = request.getInputStream();
		ByteArrayOutputStream arrived = new ByteArrayOutputStream();
		if (readArrived(in, request.getContentLengthLong(), arrived)) {
			chain.doFilter(new ReadRequest(request, new Body(arrived.toByteArray(), null)), response);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(this.timeoutMillis);
		Reader reader = new Reader(in, async, request, arrived);
		async.addListener(reader);
		in.setReadListener(reader);
	}

	private void continueWithBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Object body = request.getAttribute(BODY);
		if (body instanceof Body read) {
			request.removeAttribute(BODY);
			chain.doFilter(new ReadRequest(request, read), response);
		}
		else if (request.getAttribute(TIMED_OUT) != null) {
			request.removeAttribute(TIMED_OUT);
			response.setHeader(HttpHeaders.CONNECTION, "close");
			response.sendError(HttpServletResponse.SC_REQUEST_TIMEOUT);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * Reads what has arrived of a body of known length, without waiting for more; true
	 * when that is all of it.
	 */
	private static boolean readArrived(ServletInputStream in, long length, ByteArrayOutputStream arrived)
			throws IOException {
		if (length <= 0) {
			return false;
		}
		byte[] chunk = new byte[(int) Math.min(length, 8192)];
		while (arrived.size() < length && in.available() > 0) {
			int read = in.read(chunk, 0, (int) Math.min(chunk.length, length - arrived.size()));
			if (read < 0) {
				return false;
			}
			arrived.write(chunk, 0, read);
		}
		return arrived.size() == length;
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/** Reads the body as it arrives, on whichever thread the container offers. */
	private final class Reader implements ReadListener, AsyncListener {

		private final ServletInputStream in;

		private final AsyncContext async;

		private final HttpServletRequest request;

		private final ByteArrayOutputStream body;

		private final byte[] chunk = new byte[8192];

		private final AtomicBoolean done = new AtomicBoolean();

		Reader(ServletInputStream in, AsyncContext async, HttpServletRequest request, ByteArrayOutputStream arrived) {
			this.in = in;
			this.async = async;
			this.request = request;
			this.body = arrived;
		}

		@Override
		public void onDataAvailable() throws IOException {
			while (!this.done.get() && this.in.isReady()) {
				int read = this.in.read(this.chunk);
				if (read < 0) {
					if (!this.in.isFinished()) {
						// The connection ended before the body did.
						onError(new EOFException());
					}
					return;
				}
				this.body.write(this.chunk, 0, read);
				if (this.body.size() > BodyReadingFilter.this.limitBytes) {
					// Enough to know it is too large: the limit answers 413.
					finish(BODY, new Body(this.body.toByteArray(), null));
					return;
				}
			}
		}

		@Override
		public void onAllDataRead() {
			finish(BODY, new Body(this.body.toByteArray(), null));
		}

		/**
		 * A body that could not be read to its end (a malformed chunk, a client that
		 * left) fails where it is read, as it would have without this filter, and is
		 * answered as such.
		 */
		@Override
		public void onError(Throwable failure) {
			if (clientLeft(failure)) {
				// The client left: nobody to answer, one line to say so.
				if (this.done.compareAndSet(false, true)) {
					Object id = this.request.getAttribute(RequestIdFilter.ATTRIBUTE);
					MDC.put(RequestIdFilter.MDC_KEY, (id != null) ? id.toString() : "");
					try {
						logger.info("The client failed the request: {}", failure.getClass().getSimpleName());
					}
					finally {
						MDC.remove(RequestIdFilter.MDC_KEY);
					}
					this.async.complete();
				}
				return;
			}
			IOException io = (failure instanceof IOException ex) ? ex : new IOException(failure);
			finish(BODY, new Body(this.body.toByteArray(), io));
		}

		private static boolean clientLeft(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause()
					: null) {
				if (cause instanceof EOFException || cause.getClass().getSimpleName().equals("ClientAbortException")) {
					return true;
				}
			}
			return false;
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			finish(TIMED_OUT, Boolean.TRUE);
		}

		@Override
		public void onError(AsyncEvent event) {
			onError(event.getThrowable());
		}

		@Override
		public void onComplete(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

		private void finish(String attribute, Object value) {
			if (this.done.compareAndSet(false, true)) {
				this.request.setAttribute(attribute, value);
				this.async.dispatch();
			}
		}

	}

	/** What was read of a body, and why it ended early, if it did. */
	private record Body(byte[] bytes, IOException failure) {
	}

	/** The request with its body already read. */
	private static final class ReadRequest extends HttpServletRequestWrapper {

		private final Body body;

		private ServletInputStream stream;

		ReadRequest(HttpServletRequest request, Body body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			if (this.stream == null) {
				this.stream = new ReadBody(this.body);
			}
			return this.stream;
		}

	}

	private static final class ReadBody extends ServletInputStream {

		private final ByteArrayInputStream in;

		private final IOException failure;

		ReadBody(Body body) {
			this.in = new ByteArrayInputStream(body.bytes());
			this.failure = body.failure();
		}

		@Override
		public int read() throws IOException {
			int next = this.in.read();
			if (next < 0 && this.failure != null) {
				throw this.failure;
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.in.read(buffer, offset, length);
			if (read < 0 && this.failure != null) {
				throw this.failure;
			}
			return read;
		}

		@Override
		public boolean isFinished() {
			return this.in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new IllegalStateException("The body has already been read");
		}

	}

}
