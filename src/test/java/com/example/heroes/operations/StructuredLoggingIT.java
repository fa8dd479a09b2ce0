package com.example.heroes.operations;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.example.heroes.support.PackagedApp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code logging.structured.format.console=ecs} turns every log line into one JSON
 * object, and each line logged for a request, its failure's included, carries the
 * request's id as {@code requestId}. The packaged application runs as a process of its
 * own, on Java 25 where this machine has it, so that requests run on virtual threads as
 * in production.
 */
class StructuredLoggingIT {

	private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyLineIsJsonAndARequestsLinesCarryItsId() throws Exception {
		boolean virtualThreads = Files.isExecutable(JAVA_25);
		PackagedApp.Launch launch = PackagedApp.launch().arguments("--logging.structured.format.console=ecs");
		if (virtualThreads) {
			launch.java(JAVA_25.toString());
		}
		try (PackagedApp app = launch.start()) {
			int port = app.port();
			Path log = app.log();
			HttpResponse<String> ok = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/heroes"))
					.header("X-Request-Id", "structured-ok")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(ok.statusCode()).isEqualTo(200);
			// A client's failure: it is logged, as one line, under the request's id.
			String failed = malformedChunk(port);
			String requestId = failed.replaceAll("(?s).*X-Request-Id: ([^\r\n]+).*", "$1");
			await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains(requestId));

			List<String> lines = Files.readAllLines(log).stream().filter((line) -> !line.isBlank()).toList();
			assertThat(lines).isNotEmpty()
				.allSatisfy((line) -> assertThat(this.json.readTree(line).isObject()).as(line).isTrue());
			List<String> ofFailure = lines.stream().filter((line) -> line.contains(requestId)).toList();
			assertThat(ofFailure).hasSize(1);
			Map<?, ?> event = this.json.readValue(ofFailure.get(0), Map.class);
			assertThat(event.get("requestId")).isEqualTo(requestId);
			assertThat(ofFailure.get(0)).contains("The client failed the request");
			if (virtualThreads) {
				assertThat(ofFailure.get(0)).as("logged on a virtual thread").contains("tomcat-handler-");
			}
		}
	}

	/** A chunked body with a broken chunk header, without an X-Request-Id of its own. */
	private static String malformedChunk(int port) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /heroes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(response).startsWith("HTTP/1.1 400");
			return response;
		}
	}

}
