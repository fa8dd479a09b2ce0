package com.example.heroes.web;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.Links;
import com.example.heroes.support.RawHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code Link} header repeats the request's query in up to three links, each value
 * percent-encoded again ({@code '} becomes {@code %27}): a long query must never make the
 * answer outgrow Tomcat's response-header buffer, which ends as a bare 500. Here Tomcat
 * takes requests of up to 64 KB, as an operator who raises
 * {@code server.max-http-request-header-size} for large cookies would set it.
 */
@IntegrationTest
@TestPropertySource(properties = "server.max-http-request-header-size=64KB")
class LinkHeaderLimitIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	/**
	 * A list's filters are bounded (names of 100 characters, 100 team ids), but a team id
	 * may be written with leading zeros, and the links repeat it as sent.
	 */
	@Test
	void aQueryTooLongToRepeatInTheLinksIs414NotA500() throws Exception {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		this.api.createHero("Deadpond", "Dive Wilson", null, team);
		this.api.createHero("Rusty-Man", "Tommy Sharp", null, team);
		this.api.createHero("Dormammu", "Unknown", null, team);
		String next = Links
			.parse(this.http.get()
				.uri("/heroes?limit=1")
				.exchange()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst("Link"))
			.get("next");
		String after = next.substring(next.indexOf("after=") + 6);
		String response = RawHttp.exchange(this.port,
				"GET /heroes?limit=1&after=" + after + teamIds(team, 100, 120) + " HTTP/1.1\r\n");
		assertThat(response).startsWith("HTTP/1.1 414")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"type\":\"/problems/malformed-request\"")
			.contains("\"status\":414");
	}

	@Test
	void aLongQueryThatFitsKeepsItsLinks() throws Exception {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		this.api.createHero("Deadpond", "Dive Wilson", null, team);
		String response = RawHttp.exchange(this.port, "GET /heroes?limit=1" + teamIds(team, 30, 100) + " HTTP/1.1\r\n");
		assertThat(response).startsWith("HTTP/1.1 200").contains("rel=\"first\"");
	}

	/**
	 * {@code &team_id=000…0<team>}, {@code count} times, each with {@code zeros} zeros.
	 */
	private static String teamIds(long team, int count, int zeros) {
		return ("&team_id=" + "0".repeat(zeros) + team).repeat(count);
	}

}
