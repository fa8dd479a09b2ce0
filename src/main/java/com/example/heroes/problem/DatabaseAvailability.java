package com.example.heroes.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

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
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
				return true;
			}
			// A rollback or commit fails when the connection is gone; the pool then
			// reports only "Connection is closed", without an SQLSTATE.
			if (cause instanceof TransactionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the failure is one of waiting too long rather than of the database refusing
	 * or dropping the connection: no pooled connection free in time (the pool's timeout
	 * carries no cause when no attempt to connect has failed), an answer slower than the
	 * request's deadline, a statement timeout, or the server's own limit of connections.
	 * Whether the database is up or away then depends on whether it answers others.
	 */
	static boolean isWait(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException && cause.getCause() == null) {
				return true;
			}
			if (cause instanceof SocketTimeoutException || cause instanceof SQLTimeoutException
					|| cause instanceof QueryTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql
					&& ("53300".equals(sql.getSQLState()) || "57014".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the database refused the request outright: a connection refused or rejected
	 * (SQLSTATE 08001, 08004, or the socket's refusal), or the server shutting down or
	 * starting (57P01 to 57P03). That is the database away, however long the request had
	 * waited before.
	 */
	static boolean isRefusal(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().equals("08001")
					|| sql.getSQLState().equals("08004") || sql.getSQLState().matches("57P0[123]"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception), 57P01 to 57P03 (the server is shutting
	 * down or starting), 53300 (too many connections).
	 */
	private static boolean isUnavailableState(String state) {
		return state != null && (state.startsWith("08") || state.matches("57P0[123]") || state.equals("53300"));
	}

}
