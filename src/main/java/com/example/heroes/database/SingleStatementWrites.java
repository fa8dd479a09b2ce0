package com.example.heroes.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write that is one statement, in one round trip. Within a transaction it is just that
 * statement, and the transaction's commit records its WAL position as every commit does
 * ({@link CommitPositions}). Outside one, where the request records where its commits
 * land (a write request does, for its {@code Consistency-Token}), the statement is sent
 * as {@code BEGIN; <statement>; COMMIT; SELECT pg_current_wal_lsn()} in one pipeline: the
 * transaction and the position cost no round trip of their own, where Spring's
 * transaction would send the statement, then the commit. Elsewhere it runs in autocommit.
 * <p>
 * A pipeline whose statement fails has left its transaction aborted on the connection; it
 * is rolled back before the connection goes back to the pool, and the statement's error
 * is the one reported.
 */
@Component
public class SingleStatementWrites {

	private final JdbcTemplate jdbc;

	SingleStatementWrites(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs a statement that changes rows (INSERT, UPDATE, DELETE without RETURNING).
	 * @return the number of rows it changed
	 */
	public int update(String sql, PreparedStatementSetter parameters) {
		if (TransactionSynchronizationManager.isActualTransactionActive() || !CommitPositions.recording()) {
			return this.jdbc.update(sql, parameters);
		}
		return this.jdbc.execute((ConnectionCallback<Integer>) (connection) -> inOneTrip(connection, sql, parameters));
	}

	private static int inOneTrip(Connection connection, String sql, PreparedStatementSetter parameters)
			throws SQLException {
		if (!connection.getAutoCommit()) {
			// A connection already in a transaction of its own: the commit records the
			// position.
			int rows;
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				parameters.setValues(statement);
				rows = statement.executeUpdate();
			}
			connection.commit();
			return rows;
		}
		try (PreparedStatement statement = connection
			.prepareStatement("BEGIN; " + sql + "; COMMIT; SELECT pg_current_wal_lsn()::text")) {
			parameters.setValues(statement);
			return run(statement);
		}
		catch (SQLException ex) {
			rollBackAbortedTransaction(connection, ex);
			throw ex;
		}
	}

	/**
	 * The statement's row count (the second result, after BEGIN's), recording the
	 * position the SELECT after the COMMIT read (the one result set).
	 */
	private static int run(PreparedStatement statement) throws SQLException {
		int rows = 0;
		boolean resultSet = statement.execute();
		for (int result = 0; resultSet || statement.getUpdateCount() != -1; result++) {
			if (resultSet) {
				try (ResultSet position = statement.getResultSet()) {
					CommitPositions.committedAt(position.next() ? position.getString(1) : null);
				}
			}
			else if (result == 1) {
				rows = statement.getUpdateCount();
			}
			resultSet = statement.getMoreResults();
		}
		return rows;
	}

	private static void rollBackAbortedTransaction(Connection connection, SQLException failure) {
		try (Statement rollback = connection.createStatement()) {
			rollback.execute("ROLLBACK");
		}
		catch (SQLException ex) {
			// The connection is lost with its transaction; the pool evicts it.
			failure.addSuppressed(ex);
		}
	}

}
