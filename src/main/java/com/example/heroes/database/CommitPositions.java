package com.example.heroes.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * The primary's WAL position after the last commit of the current request, for its
 * {@code Consistency-Token} (API.md §12), read in the commit's own round trip: while a
 * request records, its commits send {@code COMMIT} and
 * {@code SELECT pg_current_wal_lsn()} together, so the position covers the commit record
 * and costs no query, connection or round trip of its own. A transaction that is
 * read-only or has sent nothing commits as usual, and records nothing. An error of the
 * SELECT would be reported as the commit's, as a connection lost just after a COMMIT is:
 * on a primary the SELECT fails only with its connection.
 */
public final class CommitPositions {

	/** The primary's WAL position now, as text ({@code 16/B374D848}). */
	public static final String POSITION = "SELECT pg_current_wal_lsn()::text";

	/**
	 * One pipeline: the SELECT runs once the COMMIT is done, before the driver hears of
	 * either.
	 */
	private static final String COMMIT_AND_POSITION = "COMMIT; " + POSITION;

	private static final ThreadLocal<Recording> recording = new ThreadLocal<>();

	private CommitPositions() {
	}

	/** From now on this thread's commits record where they committed. */
	public static void record() {
		recording.set(new Recording());
	}

	/** The position after this thread's last recorded commit, or null if none. */
	public static String last() {
		Recording current = recording.get();
		return (current != null) ? current.position : null;
	}

	/** Stops recording on this thread. */
	public static void clear() {
		recording.remove();
	}

	/**
	 * Commits the connection's transaction, recording its position when this thread
	 * records and the transaction wrote.
	 */
	static void commit(Connection connection) throws SQLException {
		Recording current = recording.get();
		if (current != null && !connection.isReadOnly() && inTransaction(connection)) {
			try (Statement statement = connection.createStatement()) {
				boolean rows = statement.execute(COMMIT_AND_POSITION);
				while (!rows && statement.getUpdateCount() != -1) {
					rows = statement.getMoreResults();
				}
				current.position = rows ? position(statement) : null;
			}
		}
		// After the pipeline the driver knows the transaction is over and sends nothing,
		// while the pool learns it has ended.
		connection.commit();
	}

	private static boolean inTransaction(Connection connection) throws SQLException {
		return connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
	}

	private static String position(Statement statement) throws SQLException {
		try (ResultSet row = statement.getResultSet()) {
			return row.next() ? row.getString(1) : null;
		}
	}

	private static final class Recording {

		private String position;

	}

}
