package com.example.heroes;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The original service's tutorial, replayed against this one: two teams, three heroes,
 * reads with the related rows embedded, patches, deletes and 404s.
 */
@IntegrationTest
class TutorialScenarioIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Test
	void theTutorialFlowWorksEndToEnd() {
		long preventers = this.api.create("/teams", """
				{"name": "Preventers", "headquarters": "Sharp Tower"}""");
		long zFighters = this.api.create("/teams", """
				{"name": "Z-Force", "headquarters": "Sister Margaret's Bar"}""");

		long deadpond = this.api.create("/heroes/", """
				{"name": "Deadpond", "secret_name": "Dive Wilson", "team_id": %d}""".formatted(zFighters));
		long rusty = this.api.create("/heroes/", """
				{"id": 9000, "name": "Rusty-Man", "secret_name": "Tommy Sharp", "age": 48, "team_id": %d}"""
			.formatted(preventers));
		long spiderBoy = this.api.create("/heroes/", """
				{"name": "Spider-Boy", "secret_name": "Pedro Parqueador"}""");
		assertThat(rusty).as("a client cannot choose the id").isNotEqualTo(9000);

		this.http.get()
			.uri("/heroes/{id}", rusty)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Rusty-Man")
			.jsonPath("$.age")
			.isEqualTo(48)
			.jsonPath("$.team.name")
			.isEqualTo("Preventers")
			.jsonPath("$.secret_name")
			.doesNotExist();

		this.http.get()
			.uri("/heroes/?offset=0&limit=100")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "3")
			.expectBody()
			.jsonPath("$[*].name")
			.isEqualTo(java.util.List.of("Deadpond", "Rusty-Man", "Spider-Boy"));

		this.http.patch()
			.uri("/heroes/{id}", spiderBoy)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"age": 16, "team_id": %d}""".formatted(preventers))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.age")
			.isEqualTo(16)
			.jsonPath("$.name")
			.isEqualTo("Spider-Boy")
			.jsonPath("$.version")
			.isEqualTo(1);

		this.http.get()
			.uri("/teams/{id}", preventers)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.heroes[*].name")
			.isEqualTo(java.util.List.of("Rusty-Man", "Spider-Boy"));

		this.http.patch()
			.uri("/heroes/{id}", spiderBoy)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"team_id": null}""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.team_id")
			.isEmpty()
			.jsonPath("$.age")
			.isEqualTo(16);

		this.http.delete()
			.uri("/heroes/{id}", spiderBoy)
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectBody()
			.isEmpty();
		this.http.get().uri("/heroes/{id}", spiderBoy).exchange().expectStatus().isNotFound();
		this.http.delete().uri("/heroes/{id}", spiderBoy).exchange().expectStatus().isNotFound();
		this.http.patch()
			.uri("/heroes/{id}", spiderBoy)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isNotFound();

		// Deleting a team that still has a hero keeps the hero, without a team.
		this.http.delete().uri("/teams/{id}", zFighters).exchange().expectStatus().isNoContent();
		this.http.get().uri("/teams/{id}", zFighters).exchange().expectStatus().isNotFound();
		this.http.get()
			.uri("/heroes/{id}", deadpond)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.team_id")
			.isEmpty()
			.jsonPath("$.team")
			.isEmpty()
			.jsonPath("$.version")
			.isEqualTo(1);
	}

}
