package com.example.heroes.web;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.ProblemAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;

/**
 * API.md §8: with {@code heroes.require-if-match=true}, a write without {@code If-Match}
 * is a 428 and changes nothing.
 */
@IntegrationTest
@TestPropertySource(properties = "heroes.require-if-match=true")
class RequiredIfMatchIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Test
	void writesWithoutIfMatchAre428() {
		long team = api.createTeam("Preventers", "Sharp Tower");
		long hero = api.createHero("Rusty-Man", "Tommy Sharp", 48, team);

		assertProblem(this.http.patch()
			.uri("/heroes/{id}", hero)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"age\": 49}")
			.exchange(), 428, "/problems/precondition-required");
		this.http.delete().uri("/heroes/{id}", hero).exchange().expectStatus().isEqualTo(428);
		this.http.delete().uri("/teams/{id}", team).exchange().expectStatus().isEqualTo(428);
		this.http.put().uri("/teams/{team}/members/{hero}", team, hero).exchange().expectStatus().isEqualTo(428);
		this.http.get().uri("/heroes/{id}", hero).exchange().expectBody().jsonPath("$.age").isEqualTo(48);

		this.http.patch()
			.uri("/heroes/{id}", hero)
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"age\": 49}")
			.exchange()
			.expectStatus()
			.isOk();
		this.http.put()
			.uri("/teams/{team}/members/{hero}", team, hero)
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isCreated();
		this.http.delete().uri("/teams/{team}/members/{hero}", team, hero).exchange().expectStatus().isEqualTo(428);
		this.http.get().uri("/teams/{team}/members/{hero}", team, hero).exchange().expectStatus().isOk();
		this.http.delete()
			.uri("/heroes/{id}", hero)
			.header("If-Match", "\"1\"")
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	/**
	 * RFC 9110 §13.1.2: If-None-Match: * guards a create-only PUT against lost updates.
	 */
	@Test
	void ifNoneMatchStarIsThePreconditionOfACreateOnlyPut() {
		long team = api.createTeam("Preventers", "Sharp Tower");
		long hero = api.createHero("Rusty-Man", "Tommy Sharp", 48, team);
		this.http.put()
			.uri("/teams/{team}/members/{hero}", team, hero)
			.header("If-None-Match", "*")
			.exchange()
			.expectStatus()
			.isCreated();
		this.http.put()
			.uri("/teams/{team}/members/{hero}", team, hero)
			.header("If-None-Match", "*")
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		this.http.patch()
			.uri("/heroes/{id}", hero)
			.header("If-None-Match", "\"7\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"age\": 49}")
			.exchange()
			.expectStatus()
			.isEqualTo(428);
	}

	@Test
	void aWriteToWhatDoesNotExistIs404NotA428() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		assertProblem(this.http.patch()
			.uri("/heroes/987654")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"age\": 49}")
			.exchange(), 404, ProblemAssert.NOT_FOUND);
		assertProblem(this.http.delete().uri("/teams/987654").exchange(), 404, ProblemAssert.NOT_FOUND);
		assertProblem(this.http.put().uri("/teams/{team}/members/987654", team).exchange(), 404,
				ProblemAssert.NOT_FOUND);
		assertProblem(this.http.delete().uri("/teams/{team}/members/987654", team).exchange(), 404,
				ProblemAssert.NOT_FOUND);
	}

	@Test
	void createsAndReadsNeedNoIfMatch() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		this.http.get().uri("/teams/{id}", team).exchange().expectStatus().isOk();
	}

}
