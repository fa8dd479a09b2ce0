package com.example.heroes.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients that send requests one after another, as fast as they are answered, until
 * stopped, and keep every answer with its timing: the load of the fault tests. Each
 * client's requests are made by a function of a running number, so they can differ (a
 * hero's name, say).
 */
public final class Load implements AutoCloseable {

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	/** Long enough to measure an answer that comes far too late, rather than cut it. */
	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(40);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Collection<Answer> answers = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final AtomicLong sequence = new AtomicLong();

	private final List<Thread> clients = new ArrayList<>();

	private Load() {
	}

	/**
	 * Starts {@code clients} clients, each sending what {@code request} makes of a number
	 * that is unique across the clients.
	 */
	public static Load start(int clients, IntFunction<HttpRequest.Builder> request) {
		Load load = new Load();
		for (int i = 0; i < clients; i++) {
			Thread client = new Thread(() -> load.run(request), "load-client-" + i);
			client.setDaemon(true);
			load.clients.add(client);
			client.start();
		}
		return load;
	}

	/** A hero to create, unique by the number. */
	public static HttpRequest.Builder heroCreate(String baseUrl, int n) {
		return HttpRequest.newBuilder(URI.create(baseUrl + "/heroes"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Load-" + n + "\", \"secret_name\": \"s\"}"));
	}

	/** {@code size} heroes to create at once, unique by the number. */
	public static HttpRequest.Builder heroBulkCreate(String baseUrl, int n, int size) {
		StringBuilder body = new StringBuilder("[");
		for (int i = 0; i < size; i++) {
			body.append((i > 0) ? "," : "")
				.append("{\"name\": \"Bulk-")
				.append(n)
				.append('-')
				.append(i)
				.append("\", \"secret_name\": \"s\"}");
		}
		return HttpRequest.newBuilder(URI.create(baseUrl + "/heroes/bulk"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString()));
	}

	private void run(IntFunction<HttpRequest.Builder> request) {
		while (this.running.get()) {
			int n = (int) this.sequence.incrementAndGet();
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = this.http.send(request.apply(n).timeout(CLIENT_TIMEOUT).build(),
						HttpResponse.BodyHandlers.ofString());
				this.answers.add(new Answer(start, System.nanoTime(), response.statusCode(), response.body(),
						response.headers().firstValue("Retry-After").orElse(null)));
			}
			catch (Exception ex) {
				this.answers.add(new Answer(start, System.nanoTime(), 0, ex.getClass().getSimpleName(), null));
				if (ex instanceof InterruptedException) {
					return;
				}
			}
		}
	}

	/** The answers so far. */
	public List<Answer> answers() {
		return List.copyOf(this.answers);
	}

	/**
	 * Stops the clients, letting each finish its request in flight, and returns all
	 * answers.
	 */
	public List<Answer> stop() throws InterruptedException {
		this.running.set(false);
		for (Thread client : this.clients) {
			client.join(TimeUnit.SECONDS.toMillis(CLIENT_TIMEOUT.toSeconds() + 5));
		}
		return answers();
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	/**
	 * One answer.
	 *
	 * @param sentNanos when the request was sent ({@link System#nanoTime()})
	 * @param answeredNanos when its answer was in
	 * @param status the HTTP status, 0 when there was none (the connection failed)
	 * @param body the body, or the name of the exception when there was no answer
	 * @param retryAfter the {@code Retry-After} header, if any
	 */
	public record Answer(long sentNanos, long answeredNanos, int status, String body, String retryAfter) {

		public Duration elapsed() {
			return Duration.ofNanos(this.answeredNanos - this.sentNanos);
		}

		/** The ids of what a 201 created: one hero, or all those of a bulk create. */
		public List<Long> createdIds() {
			List<Long> ids = new ArrayList<>();
			Matcher matcher = ID.matcher(this.body);
			while (matcher.find()) {
				ids.add(Long.parseLong(matcher.group(1)));
			}
			return ids;
		}

		/** Whether the request was sent at or after the moment, and before the other. */
		public boolean sentBetween(long fromNanos, long toNanos) {
			return this.sentNanos - fromNanos >= 0 && toNanos - this.sentNanos > 0;
		}

		/** Whether the request was in flight at some time between the two moments. */
		public boolean inFlightBetween(long fromNanos, long toNanos) {
			return this.answeredNanos - fromNanos >= 0 && toNanos - this.sentNanos > 0;
		}

	}

}
