package com.example.heroes.database;

import java.time.Duration;

import com.example.heroes.support.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Heartbeats for tests of what the service answers when it has not heard the database.
 */
public final class Heartbeats {

	private Heartbeats() {
	}

	/**
	 * A heartbeat that is never started, so it never connects: the database is never
	 * known to answer.
	 */
	public static DatabaseHeartbeat silent() {
		return new DatabaseHeartbeat(new HikariDataSource(), Duration.ofSeconds(1));
	}

	/**
	 * A heartbeat that has just heard the test database answer (close it after use).
	 */
	public static DatabaseHeartbeat answering() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(TestDatabase.get().url());
		pool.setUsername(TestDatabase.get().username());
		pool.setPassword(TestDatabase.get().password());
		DatabaseHeartbeat heartbeat = new DatabaseHeartbeat(pool, Duration.ofSeconds(1));
		heartbeat.beat();
		return heartbeat;
	}

	/** Opens a request deadline on this thread and uses all of its time. */
	public static void deadlineOver() {
		RequestDeadline.open(Duration.ZERO);
		RequestDeadline.startAndRemainingMillis();
	}

}
