package com.example.heroes.membership;

import java.util.List;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.ProblemAssert;
import com.example.heroes.support.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §7: memberships, a many-to-many link with its own data.
 */
@IntegrationTest
class MembershipIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	long team;

	long hero;

	@BeforeEach
	void setUp() {
		this.team = this.api.createTeam("Preventers", "Sharp Tower");
		this.hero = this.api.createHero("Rusty-Man", "Tommy Sharp", 48, null);
	}

	@Test
	void aNewMembershipIs201WithTheDefaultRole() {
		this.http.put()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", ".*/teams/" + this.team + "/members/" + this.hero)
			.expectBody()
			.jsonPath("$.hero.id")
			.isEqualTo(this.hero)
			.jsonPath("$.hero.secret_name")
			.doesNotExist()
			.jsonPath("$.role")
			.isEqualTo("member")
			.jsonPath("$.joined_at")
			.isNotEmpty();
	}

	@Test
	void puttingAgainChangesTheRoleAndAnswers200KeepingJoinedAt() {
		String joinedAt = put("{\"role\": \"member\"}").expectStatus()
			.isCreated()
			.returnResult(java.util.Map.class)
			.getResponseBody()
			.get("joined_at")
			.toString();
		put("{\"role\": \"captain\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("captain")
			.jsonPath("$.joined_at")
			.isEqualTo(joinedAt);
		put("{\"role\": \"captain\"}").expectStatus().isOk();
		this.http.get()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("captain");
	}

	@Test
	void aMembershipChangeIsAChangeOfItsTeamButNotOfItsHero() {
		put("{\"role\": \"captain\"}").expectStatus().isCreated();
		this.http.get().uri("/teams/{id}", this.team).exchange().expectBody().jsonPath("$.version").isEqualTo(1);
		put("{\"role\": \"captain\"}").expectStatus().isOk();
		this.http.get().uri("/teams/{id}", this.team).exchange().expectBody().jsonPath("$.version").isEqualTo(1);
		put("{\"role\": \"spy\"}").expectStatus().isOk();
		this.http.delete()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.get().uri("/teams/{id}", this.team).exchange().expectBody().jsonPath("$.version").isEqualTo(3);
		this.http.get()
			.uri("/heroes/{id}", this.hero)
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.team_id")
			.isEmpty();
	}

	@Test
	void ofConcurrentMembershipWritesWithTheSameIfMatchExactlyOneSucceeds() throws Exception {
		String etag = this.api.etag("/teams/" + this.team);
		List<Integer> statuses = Race.of(12,
				(i) -> this.http.put()
					.uri("/teams/{team}/members/{hero}", this.team, this.hero)
					.header("If-Match", etag)
					.contentType(MediaType.APPLICATION_JSON)
					.body("{\"role\": \"role " + i + "\"}")
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value());
		assertThat(statuses).containsOnly(201, 412);
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
	}

	@Test
	void anInvalidRoleIs422() {
		assertValidationProblem(put("{\"role\": \"  \"}"), "role", "must not be blank");
		assertValidationProblem(put("{\"role\": \"%s\"}".formatted("r".repeat(51))), "role");
		assertValidationProblem(put("{\"role\": 7}"), "role");
		assertProblem(put("[]"), 400, ProblemAssert.MALFORMED_REQUEST);
		this.http.get().uri("/teams/{id}/members", this.team).exchange().expectBody().json("[]");
	}

	/**
	 * The 415 names what the PUT takes, not every type a converter of the service reads.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/yaml" })
	void anEmptyBodyOfAnotherMediaTypeIs415NamingJsonOnly(String contentType) {
		RestTestClient.ResponseSpec response = this.http.put()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.header("Content-Type", contentType)
			.exchange();
		response.expectHeader().valueEquals("Accept", "application/json");
		assertProblem(response, 415, "/problems/unsupported-media-type").jsonPath("$.detail")
			.isEqualTo("The body must be sent as application/json");
		assertProblem(this.http.get().uri("/teams/{team}/members/{hero}", this.team, this.hero).exchange(), 404,
				ProblemAssert.NOT_FOUND);
	}

	@Test
	void aJsonNullBodyIs400AndChangesNothing() {
		put("{\"role\": \"captain\"}").expectStatus().isCreated();
		assertProblem(put("null"), 400, ProblemAssert.MALFORMED_REQUEST);
		this.http.get()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.exchange()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("captain");
		long other = this.api.createHero("Dormammu", "Unknown", null, null);
		assertProblem(put(this.team, other, "null"), 400, ProblemAssert.MALFORMED_REQUEST);
		assertProblem(this.http.get().uri("/teams/{team}/members/{hero}", this.team, other).exchange(), 404,
				ProblemAssert.NOT_FOUND);
	}

	@Test
	void aMissingTeamHeroOrMembershipIs404WhateverIfMatchSays() {
		String stale = "\"7\"";
		assertProblem(
				this.http.put().uri("/teams/{team}/members/987654", this.team).header("If-Match", stale).exchange(),
				404, ProblemAssert.NOT_FOUND);
		assertProblem(
				this.http.put().uri("/teams/987654/members/{hero}", this.hero).header("If-Match", stale).exchange(),
				404, ProblemAssert.NOT_FOUND);
		assertProblem(this.http.delete()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.header("If-Match", stale)
			.exchange(), 404, ProblemAssert.NOT_FOUND);
		assertProblem(
				this.http.delete().uri("/teams/{team}/members/987654", this.team).header("If-Match", stale).exchange(),
				404, ProblemAssert.NOT_FOUND);
	}

	@Test
	void anUnknownTeamOrHeroIs404() {
		assertProblem(this.http.put().uri("/teams/987654/members/{hero}", this.hero).exchange(), 404,
				ProblemAssert.NOT_FOUND);
		assertProblem(this.http.put().uri("/teams/{team}/members/987654", this.team).exchange(), 404,
				ProblemAssert.NOT_FOUND);
		assertProblem(this.http.get().uri("/teams/987654/members").exchange(), 404, ProblemAssert.NOT_FOUND);
		assertProblem(this.http.get().uri("/heroes/987654/teams").exchange(), 404, ProblemAssert.NOT_FOUND);
		assertProblem(this.http.get().uri("/teams/{team}/members/{hero}", this.team, this.hero).exchange(), 404,
				ProblemAssert.NOT_FOUND);
	}

	@Test
	void deletingAMembershipIs204ThenItIsGone() {
		put("{}").expectStatus().isCreated();
		this.http.delete()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectBody()
			.isEmpty();
		assertProblem(this.http.delete().uri("/teams/{team}/members/{hero}", this.team, this.hero).exchange(), 404,
				ProblemAssert.NOT_FOUND);
		this.http.get().uri("/heroes/{id}", this.hero).exchange().expectStatus().isOk();
	}

	@Test
	void aTeamsMembersAndAHerosTeamsAreListedAndPaged() {
		long second = this.api.createHero("Spider-Boy", "s", 16, null);
		long third = this.api.createHero("Captain North", "s", 60, null);
		long otherTeam = this.api.createTeam("Z-Force", "Bar");
		put(this.team, third, "{\"role\": \"captain\"}");
		put(this.team, this.hero, "{}");
		put(this.team, second, "{}");
		put(otherTeam, this.hero, "{\"role\": \"spy\"}");

		this.http.get()
			.uri("/teams/{id}/members?limit=2", this.team)
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "3")
			.expectHeader()
			.value("Link", (link) -> assertThat(link).contains("rel=\"next\""))
			.expectBody()
			.jsonPath("$[*].hero.id")
			.isEqualTo(List.of((int) this.hero, (int) second))
			.jsonPath("$[*].role")
			.isEqualTo(List.of("member", "member"));
		this.http.get()
			.uri("/teams/{id}/members?sort=joined_at", this.team)
			.exchange()
			.expectBody()
			.jsonPath("$[*].hero.id")
			.isEqualTo(List.of((int) third, (int) this.hero, (int) second));
		this.http.get()
			.uri("/heroes/{id}/teams", this.hero)
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "2")
			.expectBody()
			.jsonPath("$[*].team.name")
			.isEqualTo(List.of("Preventers", "Z-Force"))
			.jsonPath("$[*].role")
			.isEqualTo(List.of("member", "spy"));
		assertValidationProblem(this.http.get().uri("/heroes/{id}/teams?sort=role", this.hero).exchange(), "sort");
	}

	@Test
	void membershipsGoWithTheirTeam() {
		put("{}").expectStatus().isCreated();
		this.http.delete().uri("/teams/{id}", this.team).exchange().expectStatus().isNoContent();
		this.http.get().uri("/heroes/{id}/teams", this.hero).exchange().expectStatus().isOk().expectBody().json("[]");
	}

	@Test
	void membershipsGoWithTheirHero() {
		put("{}").expectStatus().isCreated();
		this.http.delete().uri("/heroes/{id}", this.hero).exchange().expectStatus().isNoContent();
		this.http.get().uri("/teams/{id}/members", this.team).exchange().expectStatus().isOk().expectBody().json("[]");
	}

	@Test
	void ifMatchOnAPutIsCheckedAgainstTheTeam() {
		String etag = this.api.etag("/teams/" + this.team);
		this.http.put()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.header("If-Match", "\"7\"")
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		this.http.get().uri("/teams/{id}/members", this.team).exchange().expectBody().json("[]");
		this.http.put()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.header("If-Match", etag)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void ifMatchOnADeleteIsCheckedAgainstTheTeam() {
		put("{}").expectStatus().isCreated();
		this.http.delete()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.header("If-Match", "\"7\"")
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		this.http.get().uri("/teams/{team}/members/{hero}", this.team, this.hero).exchange().expectStatus().isOk();
		this.http.delete()
			.uri("/teams/{team}/members/{hero}", this.team, this.hero)
			.header("If-Match", this.api.etag("/teams/" + this.team))
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	private RestTestClient.ResponseSpec put(String json) {
		return put(this.team, this.hero, json);
	}

	private RestTestClient.ResponseSpec put(long team, long hero, String json) {
		return this.http.put()
			.uri("/teams/{team}/members/{hero}", team, hero)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

}
