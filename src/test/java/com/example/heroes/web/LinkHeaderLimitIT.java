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

	@Test
	void aQueryTooLongToRepeatInTheLinksIs414NotA500() throws Exception {
		this.api.createHero("Deadpond", "Dive Wilson", null, null);
		this.api.createHero("Rusty-Man", "Tommy Sharp", null, null);
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
				"GET /heroes?limit=1&after=" + after + "&name_contains=" + "'".repeat(10_000) + " HTTP/1.1\r\n");
		assertThat(response).startsWith("HTTP/1.1 414")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"type\":\"/problems/malformed-request\"")
			.contains("\"status\":414");
	}

	@Test
	void aLongQueryThatFitsKeepsItsLinks() throws Exception {
		this.api.createHero("Deadpond", "Dive Wilson", null, null);
		String response = RawHttp.exchange(this.port,
				"GET /heroes?limit=1&name_contains=" + "'".repeat(3_000) + " HTTP/1.1\r\n");
		assertThat(response).startsWith("HTTP/1.1 200").contains("rel=\"first\"");
	}

}
