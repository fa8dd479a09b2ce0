package com.example.heroes.database;

import java.io.Serializable;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.PooledOptimizer;

/**
 * Hibernate's pooled optimizer (a block of 50 ids per {@code nextval}, shared by every
 * create, so ids follow the order of creation), whose turn is waited for no longer than
 * the request's {@link RequestDeadline}. Behind a create that waits on {@code nextval}
 * for a database that does not answer, the others queued on the optimizer's lock, the
 * k-th for about k times the read timeout; now each gives up when its own time is over,
 * and is answered 503.
 */
public class BoundedPooledOptimizer extends PooledOptimizer {

	private final ReentrantLock turn = new ReentrantLock();

	public BoundedPooledOptimizer(Class<?> returnClass, int incrementSize) {
		super(returnClass, incrementSize);
	}

	@Override
	public Serializable generate(AccessCallback callback) {
		awaitTurn();
		try {
			return super.generate(callback);
		}
		finally {
			this.turn.unlock();
		}
	}

	/**
	 * Runs the work in one turn of the optimizer: the ids it draws follow each other, so
	 * that a bulk create's heroes are not interleaved with those created meanwhile.
	 */
	public <T> T inTurn(Supplier<T> work) {
		awaitTurn();
		try {
			return work.get();
		}
		finally {
			this.turn.unlock();
		}
	}

	private void awaitTurn() {
		if (this.turn.isHeldByCurrentThread()) {
			this.turn.lock();
			return;
		}
		long remaining = RequestDeadline.startAndRemainingMillis();
		try {
			if (remaining < 0) {
				this.turn.lockInterruptibly();
			}
			else if (!this.turn.tryLock(remaining, TimeUnit.MILLISECONDS)) {
				throw new JDBCConnectionException("No id from the sequence in time",
						new SQLTransientConnectionException(
								"The request's time for database work was over while it waited for an id"));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new JDBCConnectionException("Interrupted while waiting for an id",
					new SQLTransientConnectionException("Interrupted while waiting for an id", ex));
		}
	}

}
