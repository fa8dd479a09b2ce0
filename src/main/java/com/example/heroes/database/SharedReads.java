package com.example.heroes.database;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.dao.QueryTimeoutException;

/**
 * One database read for the identical requests that arrive while it is under way. A read
 * that costs the database far more than serving it (an aggregate over every row) would,
 * asked by many clients at once, run once for each of them, every run slowing the others,
 * until requests wait past the pool's bound and are refused as overloaded. Here at most
 * one read runs per key: the requests that arrive while it runs wait for the next one,
 * which starts as soon as it ends and answers them all.
 * <p>
 * No request is answered by a read that started before the request arrived, so each
 * answer is as fresh as a read of the request's own would have been: a client sees every
 * write that was answered before it asked. Waiting is part of a request's time for
 * database work ({@link RequestDeadline}): a request whose time runs out while it waits
 * is refused as overloaded. Only answers are shared: when a read fails, each request that
 * waited for it reads on its own, with its own time and from where it may read (a request
 * whose read failed on a replica retries on the primary).
 *
 * @param <K> what identifies a read: its parameters, and whatever decides where it is
 * served
 * @param <V> what a read answers, shared by the requests it answers (best immutable)
 */
public final class SharedReads<K, V> {

	/** Per key, the read that runs and the one that waits for it to end. */
	private final Map<K, Reads<V>> reads = new HashMap<>();

	/**
	 * The answer of a read for this key that starts after this call: run by this thread,
	 * or by the first of the requests that wait for the same read.
	 */
	public V read(K key, Supplier<V> read) {
		Reads<V> current;
		CompletableFuture<V> answer;
		CompletableFuture<V> before;
		boolean leads;
		synchronized (this.reads) {
			current = this.reads.computeIfAbsent(key, (k) -> new Reads<>());
			leads = (current.next == null);
			if (leads) {
				current.next = new CompletableFuture<>();
			}
			answer = current.next;
			before = current.running;
		}
		return leads ? lead(key, current, answer, before, read) : follow(answer, read);
	}

	/** How many keys have a read running or waiting to run. */
	int keys() {
		synchronized (this.reads) {
			return this.reads.size();
		}
	}

	private V lead(K key, Reads<V> current, CompletableFuture<V> answer, CompletableFuture<V> before,
			Supplier<V> read) {
		try {
			if (before != null) {
				// Its answer is not this request's to take: it started before this one
				// came.
				awaitEnd(before);
			}
		}
		catch (RuntimeException ex) {
			// Out of time: those that waited for this read will read on their own.
			synchronized (this.reads) {
				current.next = null;
				removeIfIdle(key, current);
			}
			answer.completeExceptionally(ex);
			throw ex;
		}
		synchronized (this.reads) {
			current.next = null;
			current.running = answer;
		}
		V value;
		try {
			value = read.get();
		}
		catch (Throwable ex) {
			end(key, current, answer);
			answer.completeExceptionally(ex);
			throw ex;
		}
		end(key, current, answer);
		answer.complete(value);
		return value;
	}

	/** A waiting request's answer: the read's, or, when it failed, its own. */
	private static <V> V follow(CompletableFuture<V> answer, Supplier<V> read) {
		try {
			awaitWithinDeadline(answer);
			return answer.join();
		}
		catch (CompletionException | CancellationException ex) {
			return read.get();
		}
	}

	/** Waits for a read to end, however it ends. */
	private static void awaitEnd(CompletableFuture<?> read) {
		try {
			awaitWithinDeadline(read);
		}
		catch (CompletionException | CancellationException ex) {
			// How the read that ran before ended is its own requests' business.
		}
	}

	/**
	 * Waits for a read to end within what is left of the request's time.
	 * @throws CompletionException if it failed
	 */
	private static void awaitWithinDeadline(CompletableFuture<?> read) {
		long remaining = RequestDeadline.startAndRemainingMillis();
		try {
			if (remaining < 0) {
				read.join();
			}
			else {
				read.get(remaining, TimeUnit.MILLISECONDS);
			}
		}
		catch (ExecutionException ex) {
			throw new CompletionException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new QueryTimeoutException("The request's time for database work was over while it waited for a read");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new QueryTimeoutException("Interrupted while waiting for a read");
		}
	}

	/**
	 * Before the waiting read hears that this one ended, so that it finds nothing running
	 * when it starts.
	 */
	private void end(K key, Reads<V> current, CompletableFuture<V> answer) {
		synchronized (this.reads) {
			if (current.running == answer) {
				current.running = null;
			}
			removeIfIdle(key, current);
		}
	}

	private void removeIfIdle(K key, Reads<V> current) {
		if (current.running == null && current.next == null) {
			this.reads.remove(key, current);
		}
	}

	private static final class Reads<V> {

		private CompletableFuture<V> running;

		private CompletableFuture<V> next;

	}

}
