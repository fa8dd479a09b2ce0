package com.example.heroes.web;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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

	@Test
	void documentationAnswersWithATrailingSlash() {
		this.http.get().uri("/openapi.json/").exchange().expectStatus().isOk();
		this.http.get().uri("/v3/api-docs/").exchange().expectStatus().isOk();
		this.http.get().uri("/docs/").exchange().expectStatus().is3xxRedirection();
	}

}
