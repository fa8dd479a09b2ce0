package com.example.heroes.web;

import java.net.URI;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * API.md §1: every path answers with and without a trailing slash; existing clients call
 * {@code /heroes/}.
 */
@IntegrationTest
class TrailingSlashIT {

	@Autowired
	RestTestClient http;

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Test
	void collectionsAnswerWithATrailingSlash() {
		long team = this.api.create("/teams/", """
				{"name": "Preventers", "headquarters": "Sharp Tower"}""");
		this.api.create("/heroes/", """
				{"name": "Deadpond", "secret_name": "Dive Wilson", "team_id": %d}""".formatted(team));
		this.http.get()
			.uri("/heroes/")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "1");
		this.http.get()
			.uri("/teams/")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "1");
		this.http.get()
			.uri("/teams/{id}/heroes/", team)
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "1");
	}

	@Test
	void singleResourcesAnswerWithATrailingSlash() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		long hero = this.api.createHero("Deadpond", "Dive Wilson", null, team);
		this.http.get()
			.uri("/heroes/{id}/", hero)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.team.id")
			.isEqualTo(team);
		this.http.get().uri("/teams/{id}/", team).exchange().expectStatus().isOk();
		this.http.patch()
			.uri("/heroes/{id}/", hero)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"age\": 31}")
			.exchange()
			.expectStatus()
			.isOk();
		this.http.patch()
			.uri("/teams/{id}/", team)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"headquarters\": \"Tower\"}")
			.exchange()
			.expectStatus()
			.isOk();
		this.http.delete().uri("/heroes/{id}/", hero).exchange().expectStatus().isNoContent();
		this.http.delete().uri("/teams/{id}/", team).exchange().expectStatus().isNoContent();
		this.http.get().uri("/heroes/{id}/", hero).exchange().expectStatus().isNotFound();
	}

	@Test
	void aNewResourcesLocationHasNoTrailingSlash() {
		this.http.post()
			.uri("/teams/")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", ".*/teams/\\d+");
	}

	/**
	 * The Location is the resource's own URL, not the path as the client spelled it: path
	 * parameters and letters sent encoded are not copied into it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/heroes;jsessionid=abc", "/heroes;x=1;y=2", "/%68eroes", "/heroes/" })
	void aNewHerosLocationIsTheCanonicalUrlHoweverThePathWasSpelled(String path) {
		this.http.post()
			.uri(URI.create("http://localhost:" + this.port + path))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Rusty\", \"secret_name\": \"s\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "http://localhost:\\d+/heroes/\\d+");
	}

	@Test
	void documentationAnswersWithATrailingSlash() {
		this.http.get().uri("/openapi.json/").exchange().expectStatus().isOk();
		this.http.get().uri("/v3/api-docs/").exchange().expectStatus().isOk();
		this.http.get().uri("/docs/").exchange().expectStatus().is3xxRedirection();
	}

}
