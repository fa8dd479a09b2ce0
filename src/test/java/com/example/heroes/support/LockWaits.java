package com.example.heroes.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The sessions of the test database that wait for a lock (on a row or a table, or in its
 * queue): a test that holds a lock waits on these to know that the requests it sent have
 * reached the database, instead of sleeping.
 */
public final class LockWaits {

	private LockWaits() {
	}

	/**
	 * How many there are, asked on the given connection (the one that holds the lock will
	 * do).
	 */
	public static int sessions(Connection connection) throws SQLException {
		return pids(connection).size();
	}

	/** Their process ids, asked on the given connection. */
	public static List<Long> pids(Connection connection) throws SQLException {
		List<Long> pids = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pid FROM pg_stat_activity"
						+ " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
			while (rows.next()) {
				pids.add(rows.getLong(1));
			}
		}
		return pids;
	}

}
