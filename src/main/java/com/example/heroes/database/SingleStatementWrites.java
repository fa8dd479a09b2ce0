package com.example.heroes.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write that is one statement, in one round trip. Within a transaction it is just that
 * statement, and the transaction's commit records its WAL position as every commit does
 * ({@link CommitPositions}). Outside one, where the request records where its commits
 * land (a write request does, for its {@code Consistency-Token}), the statement is sent
 * as {@code BEGIN; <statement>; COMMIT; SELECT pg_current_wal_lsn()} in one pipeline: the
 * transaction and the position cost no round trip of their own, where Spring's
 * transaction would send the statement, then the commit. Elsewhere it runs alone, and
 * commits itself: outside a transaction the pool's connections are in autocommit
 * (Hikari's default, which the service keeps).
 * <p>
 * A pipeline whose statement fails has left its transaction aborted on the connection; it
 * is rolled back as a transaction's rollback is ({@link DeadlineDataSource}: sent even
 * when the request's time is over, the connection given up if it cannot be reached)
 * before the connection goes back to the pool, and the statement's error is the one
 * reported.
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
	 * draws from the database (an id, say) comes on that connection.
	 * @return what the binder returned
	 */
	public <T> T write(String sql, Binder<T> binder) {
		if (TransactionSynchronizationManager.isActualTransactionActive() || !CommitPositions.recording()) {
			return this.jdbc.execute(sql, (PreparedStatementCallback<T>) (statement) -> run(statement, binder));
		}
		return this.jdbc.execute((ConnectionCallback<T>) (connection) -> pipelined(connection, sql, binder));
	}

	private static <T> T pipelined(Connection connection, String sql, Binder<T> binder) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("BEGIN; " + sql + "; COMMIT; " + CommitPositions.POSITION)) {
			T value = binder.bind(statement);
			executeRecordingPosition(statement);
			return value;
		}
		catch (SQLException ex) {
			if (CommitPositions.inTransaction(connection)) {
				rollBackAbortedTransaction(connection, ex);
			}
			throw ex;
		}
	}

	private static <T> T run(PreparedStatement statement, Binder<T> binder) throws SQLException {
		T value = binder.bind(statement);
		statement.executeUpdate();
		return value;
	}

	/**
	 * Runs the pipeline and records the position its last statement read: the fourth
	 * result, after BEGIN's, the statement's and COMMIT's.
	 */
	private static void executeRecordingPosition(PreparedStatement statement) throws SQLException {
		boolean resultSet = statement.execute();
		for (int result = 0; resultSet || statement.getUpdateCount() != -1; result++) {
			if (resultSet && result == 3) {
				try (ResultSet position = statement.getResultSet()) {
					CommitPositions.committedAt(position.next() ? position.getString(1) : null);
				}
			}
			resultSet = statement.getMoreResults();
		}
	}

	/**
	 * In autocommit the driver refuses a rollback, and there is no transaction of its own
	 * to end; for the moment of this one, the connection leaves autocommit.
	 */
	private static void rollBackAbortedTransaction(Connection connection, SQLException failure) {
		try {
			connection.setAutoCommit(false);
			connection.rollback();
			connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
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
