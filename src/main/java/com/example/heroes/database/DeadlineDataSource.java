package com.example.heroes.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out the pool's connections bounded by the request's {@link RequestDeadline}:
 * every read from the database on the connection gives up when the deadline passes (the
 * JDBC network timeout), so however many statements, locks and waits a request goes
 * through, its answer comes in time. The pool restores the connection's own timeout when
 * it comes back. A Hikari pool's connections are handed out in turn, first come, first
 * served ({@link ConnectionTurns}).
 */
class DeadlineDataSource extends DelegatingDataSource {

	private static final Executor DIRECT = Runnable::run;

	private final ConnectionTurns turns;

	DeadlineDataSource(DataSource target) {
		super(target);
		HikariDataSource pool = hikariBehind(target);
		requireAutoCommit(pool);
		this.turns = (pool != null) ? new ConnectionTurns(pool) : null;
	}

	/** The Hikari pool behind the target, if there is one. */
	private static HikariDataSource hikariBehind(DataSource target) {
		try {
			return target.isWrapperFor(HikariDataSource.class) ? target.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	/**
	 * The service's writes outside a transaction (a hero's create, the shared cursor keys
	 * at start) commit themselves only on connections in auto-commit mode; on others the
	 * pool would roll them back when they come back to it. Refuses to start instead.
	 */
	private static void requireAutoCommit(HikariDataSource pool) {
		if (pool != null && !pool.isAutoCommit()) {
			throw new IllegalStateException("Auto-commit is off for the pool " + pool.getPoolName()
					+ " (spring.datasource.hikari.auto-commit=false): the service needs it on, Hikari's default."
					+ " Writes outside a transaction would be rolled back when their connection goes back"
					+ " to the pool. Remove the setting (SPRING_DATASOURCE_HIKARI_AUTO_COMMIT).");
		}
	}

	/** How many requests wait for a connection of the pool now. */
	int waiting() {
		return (this.turns != null) ? this.turns.waiting() : 0;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return inTurn(super::getConnection);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return inTurn(() -> super.getConnection(username, password));
	}

	/** A connection from the pool, in this request's turn and bounded by its deadline. */
	private Connection inTurn(PooledConnection pool) throws SQLException {
		long remaining = RequestDeadline.startAndRemainingMillis();
		takeTurn(remaining);
		try {
			return bounded(pool.get(), remaining);
		}
		catch (Throwable ex) {
			giveTurn();
			throw ex;
		}
	}

	private void takeTurn(long remaining) throws SQLException {
		if (this.turns != null) {
			this.turns.take(remaining);
		}
	}

	private void giveTurn() {
		if (this.turns != null) {
			this.turns.give();
		}
	}

	@FunctionalInterface
	private interface PooledConnection {

		Connection get() throws SQLException;

	}

	private Connection bounded(Connection connection, long startRemaining) throws SQLException {
		if (startRemaining < 0) {
			return rollbackTolerant(connection);
		}
		long remaining = RequestDeadline.startAndRemainingMillis();
		if (remaining <= 0) {
			connection.close();
			throw new SQLTransientConnectionException("The request's time for database work is over");
		}
		try {
			int current = connection.getNetworkTimeout();
			if (current == 0 || remaining < current) {
				connection.setNetworkTimeout(DIRECT, (int) remaining);
			}
		}
		catch (SQLException | RuntimeException ex) {
			// A connection that fails here goes back to the pool (which evicts a broken
			// one), as its turn does.
			connection.close();
			throw ex;
		}
		return rollbackTolerant(connection);
	}

	/**
	 * The connection, with three changes. Each statement it prepares within a request,
	 * and its commit and rollback, read with a network timeout no longer than what is
	 * left of the request's time, so that time spent waiting elsewhere (for an id, a
	 * lock) is not given to it again. And its rollback succeeds when the connection is
	 * already lost (SQLSTATE class 08): the database has dropped the transaction with it,
	 * and the pool evicts it; otherwise the failed rollback would replace the error that
	 * made the transaction roll back (a timeout, say), which says what happened. Its
	 * commit reads the WAL position it committed at when the request records one
	 * ({@link CommitPositions}). Its first close gives its turn to the next request
	 * waiting for one.
	 */
	private Connection rollbackTolerant(Connection connection) {
		AtomicBoolean open = new AtomicBoolean(true);
		return (Connection) Proxy.newProxyInstance(DeadlineDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("close") && args == null) {
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
						finally {
							if (open.compareAndSet(true, false)) {
								giveTurn();
							}
						}
					}
					if (name.equals("commit")) {
						boundToDeadline(connection, false);
						CommitPositions.commit(connection);
						return null;
					}
					if (name.startsWith("prepare") || name.equals("createStatement")) {
						boundToDeadline(connection, false);
					}
					else if (name.equals("rollback") && args == null) {
						boundToDeadline(connection, true);
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						Throwable failure = ex.getTargetException();
						if (method.getName().equals("rollback") && args == null && failure instanceof SQLException sql
								&& sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
							return null;
						}
						throw failure;
					}
				});
	}

	/**
	 * Bounds the next reads to what is left of the request's time. When nothing is left,
	 * a statement or commit is not sent at all; a rollback is, but waits a moment only:
	 * if the database does not answer it at once, the connection is given up (the
	 * database rolls back a lost connection's transaction itself).
	 */
	private static void boundToDeadline(Connection connection, boolean rollback) throws SQLException {
		long remaining = RequestDeadline.startAndRemainingMillis();
		if (remaining < 0) {
			return;
		}
		if (remaining == 0 && !rollback) {
			throw new SQLTransientConnectionException("The request's time for database work is over");
		}
		remaining = Math.max(remaining, 1);
		int current = connection.getNetworkTimeout();
		if (current == 0 || remaining < current) {
			connection.setNetworkTimeout(DIRECT, (int) remaining);
		}
	}

}
