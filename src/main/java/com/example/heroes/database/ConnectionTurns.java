package com.example.heroes.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Hands out a pool's connections first come, first served. Hikari lets a thread that asks
 * for a connection take one just returned before threads that have waited longer, which
 * is fast while few wait; under load some requests then wait far longer than the queue is
 * long (past the pool's timeout: a 503) while others barely wait. Here each connection is
 * a turn taken in order of arrival: a request waits as long as the requests ahead of it
 * need, and no request overtakes another, so the wait is bounded by the queue's length,
 * not by luck.
 */
final class ConnectionTurns {

	private final Semaphore turns;

	private final long timeoutMillis;

	ConnectionTurns(HikariDataSource pool) {
		this.turns = new Semaphore(pool.getMaximumPoolSize(), true);
		this.timeoutMillis = pool.getConnectionTimeout();
	}

	/**
	 * Waits for this thread's turn, at most the pool's connection timeout and what is
	 * left of the request's time (when it has one: {@code remainingMillis} not negative).
	 */
	void take(long remainingMillis) throws SQLException {
		long wait = (remainingMillis < 0) ? this.timeoutMillis : Math.min(remainingMillis, this.timeoutMillis);
		try {
			if (!this.turns.tryAcquire(wait, TimeUnit.MILLISECONDS)) {
				// No cause: a wait, as Hikari's own timeout is (DatabaseProblems).
				throw new SQLTransientConnectionException(
						"No connection free within " + wait + " ms; " + waiting() + " requests waiting");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLTransientConnectionException("Interrupted while waiting for a connection", ex);
		}
	}

	void give() {
		this.turns.release();
	}

	/** How many threads wait for their turn now. */
	int waiting() {
		return this.turns.getQueueLength();
	}

}
