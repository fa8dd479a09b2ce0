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

import org.springframework.dao.QueryTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Each request is sent once the one before it waits in {@link SharedReads}, so that the
 * order in which they arrive is the order in which they are sent.
 */
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
		assertThat(this.reads.keys()).isZero();
	}

	@Test
	void readsThatArriveWhileOneRunsShareTheNextAndNeverTakeTheRunningOnesAnswer() throws Exception {
		Blocked first = new Blocked("before");
		CompletableFuture<String> firstAnswer = readAsync("stats", first);
		first.awaitRunning();
		CompletableFuture<String> second = readAsync("stats", counted("after"));
		awaitBlocked(1);
		CompletableFuture<String> third = readAsync("stats", counted("not run"));
		awaitBlocked(2);
		CompletableFuture<String> fourth = readAsync("stats", counted("not run either"));
		awaitBlocked(3);
		first.end();
		assertThat(firstAnswer.get()).isEqualTo("before");
		assertThat(second.get()).isEqualTo("after");
		assertThat(third.get()).isEqualTo("after");
		assertThat(fourth.get()).isEqualTo("after");
		assertThat(this.runs).hasValue(1);
		assertThat(this.reads.keys()).isZero();
	}

	@Test
	void aReadThatArrivesWhileTheNextRunsWaitsForAThird() throws Exception {
		Blocked first = new Blocked("first");
		CompletableFuture<String> firstAnswer = readAsync("stats", first);
		first.awaitRunning();
		Blocked second = new Blocked("second");
		CompletableFuture<String> secondAnswer = readAsync("stats", second);
		awaitBlocked(1);
		first.end();
		second.awaitRunning();
		CompletableFuture<String> third = readAsync("stats", counted("third"));
		awaitBlocked(1);
		second.end();
		assertThat(firstAnswer.get()).isEqualTo("first");
		assertThat(secondAnswer.get()).isEqualTo("second");
		assertThat(third.get()).isEqualTo("third");
		assertThat(this.reads.keys()).isZero();
	}

	@Test
	void aFailedReadFailsOnlyItsOwnRequestAndTheOthersReadOnTheirOwn() throws Exception {
		Blocked first = new Blocked("first");
		CompletableFuture<String> firstAnswer = readAsync("stats", first);
		first.awaitRunning();
		CompletableFuture<String> second = readAsync("stats", () -> {
			throw new IllegalStateException("the second read fails");
		});
		awaitBlocked(1);
		CompletableFuture<String> third = readAsync("stats", counted("third, on its own"));
		awaitBlocked(2);
		first.end();
		assertThat(firstAnswer.get()).isEqualTo("first");
		assertThatThrownBy(second::join).hasCauseInstanceOf(IllegalStateException.class);
		assertThat(third.get()).isEqualTo("third, on its own");
		assertThat(this.runs).hasValue(1);
		assertThat(this.reads.keys()).isZero();
	}

	@Test
	void aRequestWaitsNoLongerThanItsDeadlineAndIsRefusedAsOverloaded() throws Exception {
		Blocked first = new Blocked("first");
		CompletableFuture<String> firstAnswer = readAsync("stats", first);
		first.awaitRunning();
		CompletableFuture<String> late = CompletableFuture.supplyAsync(() -> {
			RequestDeadline.open(Duration.ofMillis(100));
			try {
				return this.reads.read("stats", counted("never"));
			}
			finally {
				RequestDeadline.close();
			}
		}, this.threads);
		assertThatThrownBy(late::join).hasCauseInstanceOf(QueryTimeoutException.class);
		CompletableFuture<String> next = readAsync("stats", counted("next"));
		awaitBlocked(1);
		first.end();
		assertThat(firstAnswer.get()).isEqualTo("first");
		assertThat(next.get()).isEqualTo("next");
		assertThat(this.runs).hasValue(1);
		assertThat(this.reads.keys()).isZero();
	}

	@Test
	void readsOfOtherKeysDoNotWait() throws Exception {
		Blocked first = new Blocked("page 1");
		CompletableFuture<String> firstAnswer = readAsync("page 1", first);
		first.awaitRunning();
		assertThat(this.reads.read("page 2", counted("page 2"))).isEqualTo("page 2");
		assertThat(firstAnswer).isNotDone();
		first.end();
		assertThat(firstAnswer.get()).isEqualTo("page 1");
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

	/** A read that runs until the test ends it. */
	private static final class Blocked implements Supplier<String> {

		private final String answer;

		private final CountDownLatch running = new CountDownLatch(1);

		private final CountDownLatch ended = new CountDownLatch(1);

		Blocked(String answer) {
			this.answer = answer;
		}

		@Override
		public String get() {
			this.running.countDown();
			awaitOpen(this.ended);
			return this.answer;
		}

		void awaitRunning() {
			awaitOpen(this.running);
		}

		void end() {
			this.ended.countDown();
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

}
