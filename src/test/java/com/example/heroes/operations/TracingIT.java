package com.example.heroes.operations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.example.heroes.support.IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With an OTLP endpoint configured, which turns tracing on, a request's spans reach the
 * collector: here a tiny OTLP/HTTP receiver the test runs, which keeps every body POSTed
 * to {@code /v1/traces}.
 */
@IntegrationTest
class TracingIT {

	private static final List<byte[]> received = new CopyOnWriteArrayList<>();

	private static final HttpServer collector = startCollector();

	@Autowired
	RestTestClient http;

	@DynamicPropertySource
	static void tracing(DynamicPropertyRegistry registry) {
		registry.add("management.tracing.sampling.probability", () -> "1.0");
		registry.add("management.opentelemetry.tracing.export.otlp.endpoint",
				() -> "http://localhost:" + collector.getAddress().getPort() + "/v1/traces");
		registry.add("management.opentelemetry.tracing.export.schedule-delay", () -> "100ms");
	}

	@AfterAll
	static void stopCollector() {
		collector.stop(0);
	}

	@Test
	void aRequestsSpansArriveAtTheOtlpCollector() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		this.http.get()
			.uri("/heroes")
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isOk();
		// OTLP/HTTP bodies are protobuf: ids are raw bytes, names UTF-8 text.
		byte[] id = HexFormat.of().parseHex(traceId);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> received.stream().anyMatch((body) -> contains(body, id) && contains(body, "heroes-api")));
		assertThat(received).anyMatch((body) -> contains(body, id) && contains(body, "/heroes"));
	}

	private static HttpServer startCollector() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			server.createContext("/v1/traces", (exchange) -> {
				if ("POST".equals(exchange.getRequestMethod())) {
					received.add(exchange.getRequestBody().readAllBytes());
				}
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean contains(byte[] body, String text) {
		return contains(body, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static boolean contains(byte[] body, byte[] part) {
		outer: for (int i = 0; i + part.length <= body.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (body[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
