package com.example.heroes.database;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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
 * write that was answered before it asked. A read that fails fails every request it was
 * to answer.
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
		return leads ? run(key, current, answer, before, read) : await(answer);
	}

	private V run(K key, Reads<V> current, CompletableFuture<V> answer, CompletableFuture<V> before, Supplier<V> read) {
		if (before != null) {
			// Its answer is not this request's to take: it started before this request
			// came.
			before.exceptionally((ex) -> null).join();
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
			end(key, current);
			answer.completeExceptionally(ex);
			throw ex;
		}
		end(key, current);
		answer.complete(value);
		return value;
	}

	/**
	 * Before the waiting read hears that this one ended, so that it finds nothing running
	 * when it starts.
	 */
	private void end(K key, Reads<V> current) {
		synchronized (this.reads) {
			current.running = null;
			if (current.next == null) {
				this.reads.remove(key);
			}
		}
	}

	private static <V> V await(CompletableFuture<V> answer) {
		try {
			return answer.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private static final class Reads<V> {

		private CompletableFuture<V> running;

		private CompletableFuture<V> next;

	}

}
