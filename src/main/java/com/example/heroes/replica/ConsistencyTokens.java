package com.example.heroes.replica;

import java.io.IOException;
import java.io.PrintWriter;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import com.example.heroes.database.CommitPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every successful write with a {@code Consistency-Token} (API.md §12): the
 * primary's WAL position once the write has committed, which a replica must have replayed
 * to serve a read that sends the token back. The header is added just before the
 * response's first byte, when the service's transaction is over. Also forgets, at the end
 * of every request, what the request asked of the replicas ({@link ReadRouting}).
 */
public class ConsistencyTokens extends OncePerRequestFilter {

	public static final String HEADER = "Consistency-Token";

	private static final Logger logger = LoggerFactory.getLogger(ConsistencyTokens.class);

	private final JdbcTemplate primary;

	ConsistencyTokens(DataSource dataSource) {
		this.primary = new JdbcTemplate(dataSource);
	}

	/**
	 * A request with a body is served on the dispatch that follows the reading of its
	 * body ({@code BodyReadingFilter}), so the token is added there.
	 */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			if (isWrite(request.getMethod())) {
				// What a write reads, it reads from the primary, where it writes.
				ReadRouting.primaryOnly(true);
				CommitPositions.record();
				TokenOnCommit tokened = new TokenOnCommit(response);
				chain.doFilter(request, tokened);
				if (!request.isAsyncStarted()) {
					tokened.addToken();
				}
			}
			else {
				chain.doFilter(request, response);
			}
		}
		finally {
			ReadRouting.clear();
			CommitPositions.clear();
		}
	}

	private static boolean isWrite(String method) {
		return switch (method) {
			case "POST", "PUT", "PATCH", "DELETE" -> true;
			default -> false;
		};
	}

	/**
	 * The primary's WAL position after the request's last commit, read with that commit
	 * ({@link CommitPositions}); else (a write that committed nothing it could record)
	 * the position now, or null when it cannot be asked.
	 */
	private String position() {
		String committed = CommitPositions.last();
		if (committed != null) {
			return committed;
		}
		try {
			return this.primary.queryForObject(CommitPositions.POSITION, String.class);
		}
		catch (DataAccessException ex) {
			logger.warn("No Consistency-Token: the primary's WAL position cannot be read: {}", ex.getMessage());
			return null;
		}
	}

	private final class TokenOnCommit extends HttpServletResponseWrapper {

		private boolean done;

		TokenOnCommit(HttpServletResponse response) {
			super(response);
		}

		void addToken() {
			if (this.done || isCommitted()) {
				return;
			}
			this.done = true;
			if (getStatus() >= 200 && getStatus() < 300) {
				String position = position();
				if (position != null) {
					setHeader(HEADER, position);
				}
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			addToken();
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			addToken();
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			addToken();
			super.flushBuffer();
		}

	}

}
