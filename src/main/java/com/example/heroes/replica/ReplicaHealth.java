package com.example.heroes.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Measures, every {@code heroes.replica.check-interval}, whether the replica answers, is
 * still a replica, and is within {@code heroes.replica.max-lag} of the primary
 * ({@link LagBound}); and remembers how far it has replayed, so that a read with a
 * {@code Consistency-Token} it has replayed can go to it without asking.
 */
class ReplicaHealth {

	private static final Logger logger = LoggerFactory.getLogger(ReplicaHealth.class);

	private final DataSource replica;

	private final JdbcTemplate primary;

	private final LagBound lagBound;

	private volatile boolean usable;

	private volatile Lsn replayed = new Lsn(0);

	ReplicaHealth(DataSource replica, DataSource primary, LagBound lagBound) {
		this.replica = replica;
		this.primary = new JdbcTemplate(primary);
		this.lagBound = lagBound;
	}

	DataSource replica() {
		return this.replica;
	}

	boolean usable() {
		return this.usable;
	}

	boolean hasReplayed(Lsn token) {
		return this.replayed.atLeast(token);
	}

	/**
	 * A read found the replica out of reach: reads go to the primary until it is back.
	 */
	void down(Exception ex) {
		if (this.usable) {
			logger.warn("The replica cannot be reached; reads go to the primary: {}", ex.getMessage());
		}
		this.usable = false;
	}

	@Scheduled(fixedDelayString = "${heroes.replica.check-interval:500ms}", initialDelay = 0)
	public void check() {
		boolean wasUsable = this.usable;
		try {
			Lsn primaryPosition = Lsn
				.parse(this.primary.queryForObject("SELECT pg_current_wal_lsn()::text", String.class));
			long now = System.nanoTime();
			this.lagBound.primaryAt(now, primaryPosition);
			Lsn position = replayedByReplica();
			this.replayed = position;
			this.usable = this.lagBound.within(now, position);
		}
		catch (DataAccessException | SQLException | IllegalStateException ex) {
			this.usable = false;
		}
		if (wasUsable != this.usable) {
			logger.info(this.usable ? "The replica serves reads" : "The replica is skipped: out of reach or behind");
		}
	}

	/** How far the replica has replayed, asked on one of its connections. */
	static Lsn replayed(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")) {
			row.next();
			Lsn position = Lsn.parse(row.getString(2));
			if (!row.getBoolean(1) || position == null) {
				throw new IllegalStateException("The replica is not in recovery: it was promoted, or is a primary");
			}
			return position;
		}
	}

	private Lsn replayedByReplica() throws SQLException {
		try (Connection connection = this.replica.getConnection()) {
			return replayed(connection);
		}
	}

}
