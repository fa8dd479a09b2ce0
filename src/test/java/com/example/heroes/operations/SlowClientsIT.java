package com.example.heroes.operations;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.example.heroes.support.FaultFigures;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §2 and §11: no pace of a client takes the service down. Many more clients than
 * the server has threads send their headers and then their body a byte a second, or their
 * headers a byte a second; meanwhile readiness and a plain read answer at once, and the
 * slow clients are answered 408 or closed once the time for a body is up.
 */
@IntegrationTest
// Its own small pool or thread count: closed after, to free the shared server's
// connections.
@DirtiesContext
@TestPropertySource(
		properties = { "server.tomcat.threads.max=" + SlowClientsIT.THREADS, "heroes.request-body.timeout=6s" })
class SlowClientsIT {

	static final int THREADS = 8;

	private static final int SLOW_CLIENTS = THREADS * 5;

	/** Well within the time the slow clients hold their connections. */
	private static final Duration QUICKLY = Duration.ofSeconds(3);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Test
	void whileSlowBodyClientsHoldConnectionsHealthAndReadsAnswerQuicklyAndTheSlowOnesGetA408() throws Exception {
		String headers = "POST /heroes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 200\r\n\r\n";
		slowClients("slow-body clients", headers, "{\"name\": \"Slow\", \"secret_name\": \"s\"");
	}

	@Test
	void whileSlowHeaderClientsHoldConnectionsHealthAndReadsAnswerQuickly() throws Exception {
		slowClients("slow-header clients", "", "GET /heroes HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaa");
	}

	/**
	 * Opens {@link #SLOW_CLIENTS} connections, sends {@code sentAtOnce} on each, then
	 * {@code dripped} a byte a second on all of them, and checks the service meanwhile.
	 */
	private void slowClients(String scenario, String sentAtOnce, String dripped) throws Exception {
		List<Socket> sockets = new ArrayList<>();
		AtomicBoolean dripping = new AtomicBoolean(true);
		Thread dripper = null;
		List<Duration> answers = new ArrayList<>();
		int closedOr408 = 0;
		try {
			// The first answers of a fresh client and server are slow for reasons of
			// their own.
			timedOk("/actuator/health/readiness");
			timedOk("/heroes?limit=1");
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				Socket socket = new Socket("localhost", this.port);
				socket.getOutputStream().write(sentAtOnce.getBytes(StandardCharsets.ISO_8859_1));
				socket.getOutputStream().write(dripped.charAt(0));
				sockets.add(socket);
			}
			dripper = new Thread(() -> drip(sockets, dripped, dripping), "slow-client-dripper");
			dripper.setDaemon(true);
			dripper.start();

			for (int i = 0; i < 3; i++) {
				answers.add(timedOk("/actuator/health/readiness"));
				answers.add(timedOk("/heroes?limit=1"));
			}
			if (!sentAtOnce.isEmpty()) {
				long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
				for (Socket socket : sockets) {
					closedOr408 += answeredWith408OrClosed(socket, deadline) ? 1 : 0;
				}
			}
		}
		finally {
			dripping.set(false);
			if (dripper != null) {
				dripper.join();
			}
			for (Socket socket : sockets) {
				socket.close();
			}
		}
		Duration slowest = answers.stream().max(Duration::compareTo).orElseThrow();
		FaultFigures.print(scenario,
				SLOW_CLIENTS + " slow clients on " + THREADS + " server threads; slowest health or read answer "
						+ FaultFigures.seconds(slowest)
						+ (sentAtOnce.isEmpty() ? "" : "; slow clients answered 408 or closed: " + closedOr408));
		assertThat(slowest).as("the slowest health or read answer").isLessThan(QUICKLY);
		if (!sentAtOnce.isEmpty()) {
			assertThat(closedOr408).as("slow-body clients answered 408 or closed").isEqualTo(SLOW_CLIENTS);
		}
	}

	private static void drip(List<Socket> sockets, String dripped, AtomicBoolean dripping) {
		for (int i = 1; dripping.get(); i = Math.min(i + 1, dripped.length() - 1)) {
			for (Socket socket : sockets) {
				try {
					socket.getOutputStream().write(dripped.charAt(i));
					socket.getOutputStream().flush();
				}
				catch (IOException ex) {
					// The server closed this one: that is an answer too.
				}
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private Duration timedOk(String path) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(response.statusCode()).as("%s answered %s", path, response.body()).isEqualTo(200);
		return elapsed;
	}

	/** Whether the server answers the connection 408, or closes it, by the deadline. */
	private static boolean answeredWith408OrClosed(Socket socket, long deadlineNanos) throws IOException {
		socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis()));
		try {
			InputStream in = socket.getInputStream();
			byte[] start = in.readNBytes(12);
			return start.length < 12 || new String(start, StandardCharsets.ISO_8859_1).equals("HTTP/1.1 408");
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			// Reset by the server.
			return true;
		}
	}

}
