package com.example.heroes.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write that is one statement, run in a transaction without Spring's and Hibernate's
 * machinery around it: for a create, their begin, persist, flush and commit cost the
 * service more CPU than the rest of the request. Within a transaction that is already
 * open, it is just the statement. Otherwise the driver sends BEGIN with the statement
 * (one round trip), and the connection's commit sends COMMIT with the read of its WAL
 * position for the {@code Consistency-Token} (another, {@link CommitPositions}).
 * <p>
 * Not the four in one pipeline, which would save a round trip: a COMMIT on its way with
 * the statement commits a write whose request has given up on it. A statement that waits
 * for a lock past the request's deadline is answered 503; its connection is closed, and
 * PostgreSQL rolls the write back once the lock is free, unless the COMMIT was sent with
 * it, in which case the write stays and the client, told to retry, writes twice.
 */
@Component
public class SingleStatementWrites {

	private final JdbcTemplate jdbc;

	SingleStatementWrites(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs a statement that changes rows (an INSERT, UPDATE or DELETE without RETURNING).
	 * The binder sets its parameters once the statement's connection is held, so what it
	 * draws from the database (an id, say) comes on that connection, in its transaction.
	 * @return what the binder returned
	 */
	public <T> T write(String sql, Binder<T> binder) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.jdbc.execute(sql, (PreparedStatementCallback<T>) (statement) -> run(statement, binder));
		}
		return this.jdbc.execute((ConnectionCallback<T>) (connection) -> inItsOwnTransaction(connection, sql, binder));
	}

	private static <T> T inItsOwnTransaction(Connection connection, String sql, Binder<T> binder) throws SQLException {
		connection.setAutoCommit(false);
		try {
			T value;
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				value = run(statement, binder);
			}
			connection.commit();
			return value;
		}
		catch (SQLException | RuntimeException ex) {
			try {
				connection.rollback();
			}
			catch (SQLException rollback) {
				ex.addSuppressed(rollback);
			}
			throw ex;
		}
		finally {
			restoreAutoCommit(connection);
		}
	}

	private static <T> T run(PreparedStatement statement, Binder<T> binder) throws SQLException {
		T value = binder.bind(statement);
		statement.executeUpdate();
		return value;
	}

	/**
	 * As the pool hands connections out. One that fails here is broken, and the pool,
	 * which resets the setting itself, evicts it.
	 */
	private static void restoreAutoCommit(Connection connection) {
		try {
			connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			// Reported by the statement or commit that failed before it.
		}
	}

	/**
	 * Sets a statement's parameters.
	 *
	 * @param <T> what it tells the caller, such as the id it drew
	 */
	@FunctionalInterface
	public interface Binder<T> {

		T bind(PreparedStatement statement) throws SQLException;

	}

}
