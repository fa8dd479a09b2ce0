package com.example.heroes.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How many sessions of the test database wait for a lock (on a row or a table, or in its
 * queue): a test that holds a lock waits on this to know that the requests it sent have
 * reached the database, instead of sleeping.
 */
public final class LockWaits {

	private LockWaits() {
	}

	/** Asked on the given connection (the one that holds the lock will do). */
	public static int sessions(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
						+ " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
