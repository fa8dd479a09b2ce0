package com.example.heroes.web;

import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A body is read whole however it arrives: at once with its headers (read on the spot),
 * or in parts (read on as the rest comes, after what had arrived).
 */
@IntegrationTest
class BodyReadingIT {

	@Autowired
	RestTestClient http;

	@Test
	void aBodyThatArrivesWithItsHeadersIsReadWhole() {
		this.http.post()
			.uri("/heroes")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Quick\", \"secret_name\": \"s\", \"age\": 7}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Quick")
			.jsonPath("$.age")
			.isEqualTo(7);
	}

	@Test
	void aBodyLargerThanOneReadIsReadWholeFromItsFirstByteToItsLast() {
		// Far more than the server reads from the socket at once: the first part has
		// arrived with the headers, the rest arrives while it is read.
		String padding = " ".repeat(900 * 1024);
		this.http.post()
			.uri("/heroes")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Padded\"," + padding + "\"secret_name\": \"s\", \"age\": 9}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Padded")
			.jsonPath("$.age")
			.isEqualTo(9);
	}

}
