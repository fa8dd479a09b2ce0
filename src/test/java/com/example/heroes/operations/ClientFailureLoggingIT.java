package com.example.heroes.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Errors a client causes are routine for a service on the internet: each logs at most one
 * line, without a stack trace, so that a misbehaving client cannot flood the log and hide
 * the errors that matter.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ClientFailureLoggingIT {

	@Autowired
	RestTestClient http;

	@LocalServerPort
	int port;

	@Test
	void aMalformedChunkLogsAtMostOneLine(CapturedOutput output) throws Exception {
		String response = RawHttp.exchange(this.port,
				"POST /heroes HTTP/1.1\r\nX-Request-Id: bad-chunk\r\nContent-Type: application/json\r\n"
						+ "Transfer-Encoding: chunked\r\n",
				"zz\r\n{}\r\n0\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertAtMostOneLineWithoutStackTrace(output, "bad-chunk");
	}

	@Test
	void aHeaderTheServerCannotParseKeepsTheRequestIdAndLogsOneLine(CapturedOutput output) throws Exception {
		String response = RawHttp.exchange(this.port,
				"GET /teams/1 HTTP/1.1\r\nX-Request-Id: bad-header\r\nX-Broken: a\u0001b\r\n");
		assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("X-Request-Id: bad-header\r\n");
		assertThat(output.getOut().lines().filter((line) -> line.contains("bad-header"))).singleElement()
			.asString()
			.contains("INFO", "cannot be parsed");
		assertAtMostOneLineWithoutStackTrace(output, "bad-header");
	}

	@Test
	void aClientThatLeavesMidBodyLogsOneLine(CapturedOutput output) throws Exception {
		leaveMidBody("left-mid-body", "Content-Length: 100\r\n", "{\"name\": \"a");
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("left-mid-body"));
		assertAtMostOneLineWithoutStackTrace(output, "left-mid-body");
	}

	@Test
	void aClientThatLeavesMidChunkLogsOneLine(CapturedOutput output) throws Exception {
		leaveMidBody("left-mid-chunk", "Transfer-Encoding: chunked\r\n", "10\r\n{\"name\": \"a");
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("left-mid-chunk"));
		assertAtMostOneLineWithoutStackTrace(output, "left-mid-chunk");
	}

	@Test
	void aRoutineConflictLogsAtMostOneLine(CapturedOutput output) {
		for (String id : List.of("first-team", "taken-name")) {
			this.http.post()
				.uri("/teams")
				.header("X-Request-Id", id)
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}")
				.exchange();
		}
		assertAtMostOneLineWithoutStackTrace(output, "taken-name");
	}

	private void leaveMidBody(String requestId, String framing, String partialBody) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /heroes HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: " + requestId
					+ "\r\nContent-Type: application/json\r\n" + framing + "\r\n" + partialBody)
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
		}
	}

	private static void assertAtMostOneLineWithoutStackTrace(CapturedOutput output, String requestId) {
		List<String> lines = output.getOut().lines().toList();
		assertThat(lines.stream().filter((line) -> line.contains(requestId))).hasSizeLessThanOrEqualTo(1);
		assertThat(lines).noneMatch((line) -> line.startsWith("\tat ") || line.contains("Exception:"));
	}

}
