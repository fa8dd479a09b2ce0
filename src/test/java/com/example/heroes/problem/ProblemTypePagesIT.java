package com.example.heroes.problem;

import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §2: every problem type URI, opened, answers a page that explains the type: HTML
 * for a browser, JSON when asked for.
 */
@IntegrationTest
class ProblemTypePagesIT {

	@Autowired
	RestTestClient http;

	@ParameterizedTest
	@EnumSource(ProblemType.class)
	void aTypeUriOpenedInABrowserIsAPageExplainingIt(ProblemType type) {
		this.http.get()
			.uri(type.uri().toString())
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<h1>" + type.title().replace("'", "&#39;") + "</h1>")
				.contains("status " + type.status().value())
				.contains(type.uri().toString()));
	}

	@ParameterizedTest
	@EnumSource(ProblemType.class)
	void aTypeUriAskedForJsonDescribesItInJson(ProblemType type) {
		this.http.get()
			.uri(type.uri().toString())
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(type.uri().toString())
			.jsonPath("$.status")
			.isEqualTo(type.status().value())
			.jsonPath("$.description")
			.isEqualTo(type.description());
	}

	/**
	 * One URI, two representations: a cache must not give the HTML page to a JSON client.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "text/html", "application/json", "*/*" })
	void aTypePageVariesByAccept(String accept) {
		this.http.get()
			.uri(ProblemType.CONFLICT.uri().toString())
			.header("Accept", accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.VARY, (vary) -> assertThat(vary).containsIgnoringCase("Accept"));
	}

	/**
	 * What the README says {@code curl} shows: a client that accepts anything gets JSON.
	 */
	@Test
	void aClientThatAcceptsAnythingGetsTheJson() {
		this.http.get()
			.uri(ProblemType.CONFLICT.uri().toString())
			.header("Accept", "*/*")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemType.CONFLICT.uri().toString());
	}

	@Test
	void anUnknownTypeIsA404Problem() {
		this.http.get()
			.uri("/problems/no-such-type")
			.header("Accept", "text/html")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
