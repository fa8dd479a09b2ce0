package com.example.heroes.database;

import java.time.Duration;

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

}
