package com.example.heroes.web;

import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OPTIONS names the methods a path takes, and, where one of them is PATCH, the patch
 * formats it accepts (RFC 5789 §3.1): {@code Accept-Patch} lists at least one media type,
 * so a path without PATCH has none.
 */
@IntegrationTest
class OptionsIT {

	@Autowired
	RestTestClient http;

	@Test
	void aPathWithPatchListsItsPatchFormats() {
		this.http.method(HttpMethod.OPTIONS)
			.uri("/heroes/1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Allow", (allow) -> assertThat(allow).contains("PATCH"))
			.expectHeader()
			.value("Accept-Patch",
					(formats) -> assertThat(formats).contains("application/json", "application/merge-patch+json"));
	}

	@Test
	void aPathWithoutPatchSendsNoAcceptPatch() {
		for (String path : new String[] { "/heroes", "/teams", "/teams/1/members", "/teams/1/members/2" }) {
			this.http.method(HttpMethod.OPTIONS)
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.value("Allow", (allow) -> assertThat(allow).doesNotContain("PATCH"))
				.expectHeader()
				.doesNotExist("Accept-Patch");
		}
	}

}
