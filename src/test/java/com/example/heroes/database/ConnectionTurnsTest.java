package com.example.heroes.database;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A pool's connections go to the requests that wait for them in the order they came, and
 * a request whose turn does not come within its time is told it waited too long.
 */
class ConnectionTurnsTest {

	@Test
	void turnsGoInTheOrderTheyWereAskedFor() throws Exception {
		ConnectionTurns turns = turns(1, 10_000);
		turns.take(-1);
		List<String> served = new CopyOnWriteArrayList<>();
		Thread first = waitFor(turns, "first", served);
		await().until(() -> turns.waiting() == 1);
		Thread second = waitFor(turns, "second", served);
		await().until(() -> turns.waiting() == 2);
		Thread third = waitFor(turns, "third", served);
		await().until(() -> turns.waiting() == 3);

		turns.give();
		for (Thread thread : List.of(first, second, third)) {
			thread.join();
		}

		assertThat(served).containsExactly("first", "second", "third");
	}

	@Test
	void aTurnThatDoesNotComeInTimeIsAWaitNotAnOutage() throws Exception {
		ConnectionTurns turns = turns(1, 10_000);
		turns.take(-1);

		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(() -> turns.take(1))
			.satisfies((ex) -> assertThat(ex.getCause()).as("no cause: the pool's own timeout has none").isNull());
		assertThat(turns.waiting()).isZero();
	}

	@Test
	void aRequestWaitsNoLongerThanThePoolsTimeoutWhateverItsOwnTimeLeft() throws Exception {
		ConnectionTurns turns = turns(1, 250);
		turns.take(-1);

		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(() -> turns.take(60_000))
			.withMessageContaining("within 250 ms");
	}

	/** A thread that waits for its turn, notes that it was served, and gives it back. */
	private static Thread waitFor(ConnectionTurns turns, String name, List<String> served) {
		Thread thread = new Thread(() -> {
			try {
				turns.take(-1);
				served.add(name);
				turns.give();
			}
			catch (Exception ex) {
				served.add(name + " failed: " + ex);
			}
		}, name);
		thread.start();
		return thread;
	}

	private static ConnectionTurns turns(int poolSize, long timeoutMillis) {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setMaximumPoolSize(poolSize);
			pool.setConnectionTimeout(timeoutMillis);
			return new ConnectionTurns(pool);
		}
	}

}
