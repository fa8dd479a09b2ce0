package com.example.heroes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.RawHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A response that fits the server's buffer goes out with a {@code Content-Length}, not
 * chunked, whatever its status; a longer one is still sent whole.
 */
@IntegrationTest
class ContentLengthIT {

	private static final Pattern CONTENT_LENGTH = Pattern.compile("(?mi)^Content-Length: (\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Test
	void aHeroAListAndAProblemCarryTheirContentLength() throws IOException {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		long hero = this.api.createHero("Rusty-Man", "Tommy Sharp", 48, team);

		assertFramedByLength(get("/heroes/" + hero), 200);
		assertFramedByLength(get("/teams/" + team), 200);
		assertFramedByLength(get("/heroes?limit=10"), 200);
		assertFramedByLength(get("/heroes/987654"), 404);
		assertFramedByLength(get("/heroes?limit=0"), 422);
	}

	@Test
	void aCreateCarriesItsContentLength() throws IOException {
		String response = post("/teams", "{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}");

		assertFramedByLength(response, 201);
		assertThat(response).containsIgnoringCase("\r\nConsistency-Token: ");
	}

	@Test
	void aPageOfOneHundredHeroesCarriesItsContentLength() throws IOException {
		assertThat(status(post("/heroes/bulk", heroes(100)))).isEqualTo(201);

		String response = get("/heroes?limit=100");

		assertFramedByLength(response, 200);
		assertThat(body(response)).contains("\"Hero 99 with a long name\"");
	}

	@Test
	void aResponseLongerThanTheBufferIsSentWhole() throws IOException {
		String response = post("/heroes/bulk", heroes(1000));

		assertThat(status(response)).isEqualTo(201);
		String headers = response.substring(0, response.indexOf("\r\n\r\n"));
		assertThat(headers).containsIgnoringCase("\r\nTransfer-Encoding: chunked");
		assertThat(body(response)).contains("\"Hero 999 with a long name\"").endsWith("]\r\n0\r\n\r\n");
	}

	private static String heroes(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> "{\"name\": \"Hero %d with a long name\", \"secret_name\": \"s\"}".formatted(i))
			.collect(Collectors.joining(",", "[", "]"));
	}

	private String get(String path) throws IOException {
		return RawHttp.exchange(this.port, "GET " + path + " HTTP/1.1\r\n");
	}

	private String post(String path, String json) throws IOException {
		return RawHttp.exchange(this.port, "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n", json);
	}

	private static void assertFramedByLength(String response, int status) {
		assertThat(status(response)).as(response).isEqualTo(status);
		String headers = response.substring(0, response.indexOf("\r\n\r\n"));
		assertThat(headers.toLowerCase(Locale.ROOT)).as(headers).doesNotContain("transfer-encoding");
		Matcher length = CONTENT_LENGTH.matcher(headers);
		assertThat(length.find()).as(headers).isTrue();
		assertThat(body(response).getBytes(StandardCharsets.UTF_8)).hasSize(Integer.parseInt(length.group(1)));
	}

	private static int status(String response) {
		return Integer.parseInt(response.substring(9, 12));
	}

	private static String body(String response) {
		return response.substring(response.indexOf("\r\n\r\n") + 4);
	}

}
