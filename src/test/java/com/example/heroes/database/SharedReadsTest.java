package com.example.heroes.database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SharedReadsTest {

	private final SharedReads<String, String> reads = new SharedReads<>();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final AtomicInteger runs = new AtomicInteger();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void aReadWithNoneUnderWayRunsAtOnceOnTheCallersThread() {
		Thread caller = Thread.currentThread();
		assertThat(this.reads.read("stats", () -> (Thread.currentThread() == caller) ? "here" : "elsewhere"))
			.isEqualTo("here");
		assertThat(this.reads.read("stats", counted("again"))).isEqualTo("again");
		assertThat(this.runs).hasValue(1);
	}

	@Test
	void readsThatArriveWhileOneRunsShareTheNextAndNeverTakeTheRunningOnesAnswer() throws Exception {
		CountDownLatch firstRuns = new CountDownLatch(1);
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		CompletableFuture<String> first = readAsync("stats", () -> {
			firstRuns.countDown();
			awaitOpen(firstMayEnd);
			return "before";
		});
		awaitOpen(firstRuns);
		CompletableFuture<String> second = readAsync("stats", counted("after"));
		CompletableFuture<String> third = readAsync("stats", counted("not run"));
		CompletableFuture<String> fourth = readAsync("stats", counted("not run either"));
		awaitBlocked(3);
		firstMayEnd.countDown();
		assertThat(first.get()).isEqualTo("before");
		assertThat(second.get()).isEqualTo("after");
		assertThat(third.get()).isEqualTo("after");
		assertThat(fourth.get()).isEqualTo("after");
		assertThat(this.runs).hasValue(1);
	}

	@Test
	void aFailedReadFailsEveryRequestThatWaitedForIt() throws Exception {
		CountDownLatch firstRuns = new CountDownLatch(1);
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		CompletableFuture<String> first = readAsync("stats", () -> {
			firstRuns.countDown();
			awaitOpen(firstMayEnd);
			throw new IllegalStateException("the first read fails");
		});
		awaitOpen(firstRuns);
		CompletableFuture<String> second = readAsync("stats", () -> {
			throw new IllegalArgumentException("the next read fails too");
		});
		CompletableFuture<String> third = readAsync("stats", counted("not run"));
		awaitBlocked(2);
		firstMayEnd.countDown();
		assertThatThrownBy(first::join).hasCauseInstanceOf(IllegalStateException.class);
		assertThatThrownBy(second::join).hasCauseInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(third::join).hasCauseInstanceOf(IllegalArgumentException.class)
			.cause()
			.hasMessage("the next read fails too");
		assertThat(this.runs).hasValue(0);
		assertThat(this.reads.read("stats", counted("fresh"))).isEqualTo("fresh");
	}

	@Test
	void readsOfOtherKeysDoNotWait() throws Exception {
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		CompletableFuture<String> first = readAsync("page 1", () -> {
			awaitOpen(firstMayEnd);
			return "page 1";
		});
		assertThat(this.reads.read("page 2", counted("page 2"))).isEqualTo("page 2");
		assertThat(first).isNotDone();
		firstMayEnd.countDown();
		assertThat(first.get()).isEqualTo("page 1");
	}

	private Supplier<String> counted(String answer) {
		return () -> {
			this.runs.incrementAndGet();
			return answer;
		};
	}

	private CompletableFuture<String> readAsync(String key, Supplier<String> read) {
		return CompletableFuture.supplyAsync(() -> this.reads.read(key, read), this.threads);
	}

	/**
	 * Waits until this many of the test's threads wait in {@link SharedReads} for another
	 * read to end, to run it or to take its answer.
	 */
	private void awaitBlocked(int count) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Thread.getAllStackTraces()
				.values()
				.stream()
				.filter(SharedReadsTest::waitsForAnotherRead)
				.count() == count);
	}

	private static boolean waitsForAnotherRead(StackTraceElement[] stack) {
		for (int i = 1; i < stack.length; i++) {
			if (stack[i].getClassName().equals(SharedReads.class.getName())) {
				return stack[i - 1].getClassName().equals(CompletableFuture.class.getName());
			}
		}
		return false;
	}

	private static void awaitOpen(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
