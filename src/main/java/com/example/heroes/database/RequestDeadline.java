package com.example.heroes.database;

import java.time.Duration;

/**
 * The deadline of the request this thread is serving, by which all its database work must
 * be over: waiting for a connection, for a lock, for the database's answers. The clock
 * starts when the request first asks for a connection, so a client that sends its body
 * slowly does not use up its own time. Outside a request (a scheduled job, a migration)
 * there is none.
 */
public final class RequestDeadline {

	private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

	private RequestDeadline() {
	}

	/** Marks the start of a request on this thread; its clock starts later. */
	public static void open(Duration budget) {
		CURRENT.set(new State(budget.toNanos()));
	}

	/** Marks the end of the request on this thread. */
	public static void close() {
		CURRENT.remove();
	}

	/**
	 * Starts the clock of this thread's request if it has not started yet, and returns
	 * the milliseconds left, or -1 when the thread serves no request.
	 */
	static long startAndRemainingMillis() {
		State state = CURRENT.get();
		if (state == null) {
			return -1;
		}
		long now = System.nanoTime();
		if (!state.started) {
			state.started = true;
			state.deadlineNanos = now + state.budgetNanos;
		}
		return Math.max(0, Duration.ofNanos(state.deadlineNanos - now).toMillis());
	}

	/**
	 * Whether this thread's request has used up its time for database work. A failure
	 * then is one of waiting, whatever exception reports it: when the transaction that
	 * timed out cannot roll back on the connection the timeout closed, the exception of
	 * the rollback replaces the timeout's.
	 */
	public static boolean isOver() {
		State state = CURRENT.get();
		return state != null && state.started && System.nanoTime() - state.deadlineNanos >= 0;
	}

	private static final class State {

		private final long budgetNanos;

		private boolean started;

		private long deadlineNanos;

		State(long budgetNanos) {
			this.budgetNanos = budgetNanos;
		}

	}

}
