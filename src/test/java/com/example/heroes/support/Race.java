package com.example.heroes.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs many clients at the same moment, for tests that must really race. */
public final class Race {

	private Race() {
	}

	/**
	 * Starts {@code clients} threads, releases them together, and returns what each
	 * answered, in client order.
	 */
	public static <T> List<T> of(int clients, IntFunction<T> client) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				int n = i;
				Callable<T> call = () -> {
					start.await();
					return client.apply(n);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
