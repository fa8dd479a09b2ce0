package com.example.heroes.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

import org.hibernate.TransactionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an exception caused by the database being out of reach from any other. It looks
 * down the whole cause chain, because the first failure is often wrapped, or replaced by
 * the failure to roll back on the dead connection.
 */
final class DatabaseAvailability {

	private DatabaseAvailability() {
	}

	static boolean isUnavailable(Throwable ex) {
		// A rollback or commit fails when the connection is gone; the pool then reports
		// only "Connection is closed", without an SQLSTATE: hence TransactionException.
		return anyCause(ex, (cause) -> cause instanceof CannotCreateTransactionException
				|| cause instanceof DataAccessResourceFailureException
				|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
				|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
				|| (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState()))
				|| cause instanceof TransactionException);
	}

	/**
	 * Whether the failure is one of waiting too long rather than of the database refusing
	 * or dropping the connection: no pooled connection free in time (the pool's timeout
	 * carries no cause when no attempt to connect has failed), an answer slower than the
	 * request's deadline, a statement timeout, or the server's own limit of connections.
	 * Whether the database is up or away then depends on whether it answers others.
	 */
	static boolean isWait(Throwable ex) {
		return anyCause(ex,
				(cause) -> (cause instanceof SQLTransientConnectionException && cause.getCause() == null)
						|| cause instanceof SocketTimeoutException || cause instanceof SQLTimeoutException
						|| cause instanceof QueryTimeoutException || (cause instanceof SQLException sql
								&& ("53300".equals(sql.getSQLState()) || "57014".equals(sql.getSQLState()))));
	}

	/**
	 * Whether the database refused the request outright: a connection refused or rejected
	 * (SQLSTATE 08001, 08004, or the socket's refusal), or the server shutting down or
	 * starting. That is the database away, however long the request had waited before.
	 */
	static boolean isRefusal(Throwable ex) {
		return anyCause(ex,
				(cause) -> cause instanceof ConnectException
						|| (cause instanceof SQLException sql && ("08001".equals(sql.getSQLState())
								|| "08004".equals(sql.getSQLState()) || isShutdownState(sql.getSQLState()))));
	}

	/** Whether the exception or any of its causes passes the test. */
	private static boolean anyCause(Throwable ex, Predicate<Throwable> test) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (test.test(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception), the server shutting down or starting,
	 * 53300 (too many connections).
	 */
	private static boolean isUnavailableState(String state) {
		return state != null && (state.startsWith("08") || isShutdownState(state) || state.equals("53300"));
	}

	/** SQLSTATE 57P01 to 57P03: the server is shutting down or starting. */
	private static boolean isShutdownState(String state) {
		return state != null && state.matches("57P0[123]");
	}

}
