package com.example.heroes.web;

import java.io.IOException;

import com.example.heroes.problem.ContentTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies. A body whose declared length is over the limit fails on its first
 * read, and one sent in chunks fails as soon as it passes the limit, so the service never
 * buffers more than the limit. The failure surfaces while the JSON is read and is
 * answered as 413. Tomcat's {@code maxPostSize} covers form bodies only, and Spring sets
 * no limit on the bodies its converters read.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long limitBytes;

	public RequestBodyLimitFilter(long limitBytes) {
		this.limitBytes = limitBytes;
	}

	/** It runs again once the body is read ({@link BodyReadingFilter}). */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new LimitedRequest(request, this.limitBytes), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limitBytes;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limitBytes) {
			super(request);
			this.limitBytes = limitBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream(), getContentLengthLong(), this.limitBytes);
			}
			return this.stream;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long declaredLength;

		private final long limitBytes;

		private long count;

		LimitedInputStream(ServletInputStream delegate, long declaredLength, long limitBytes) {
			this.delegate = delegate;
			this.declaredLength = declaredLength;
			this.limitBytes = limitBytes;
		}

		@Override
		public int read() throws IOException {
			checkDeclaredLength();
			int next = this.delegate.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			checkDeclaredLength();
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void checkDeclaredLength() throws ContentTooLargeException {
			if (this.declaredLength > this.limitBytes) {
				throw new ContentTooLargeException(this.limitBytes);
			}
		}

		private void count(int bytes) throws ContentTooLargeException {
			this.count += bytes;
			if (this.count > this.limitBytes) {
				throw new ContentTooLargeException(this.limitBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
