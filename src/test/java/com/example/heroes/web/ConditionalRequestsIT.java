package com.example.heroes.web;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §8: versions, ETags and conditional requests, including under concurrency.
 */
@IntegrationTest
class ConditionalRequestsIT {

	private static final int CLIENTS = 16;

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	long team;

	long hero;

	@BeforeEach
	void setUp() {
		this.team = this.api.createTeam("Preventers", "Sharp Tower");
		this.hero = this.api.createHero("Rusty-Man", "Tommy Sharp", 48, this.team);
	}

	@Test
	void everySingleResourceResponseCarriesAnETagMadeFromItsVersion() {
		this.http.get()
			.uri("/teams/{id}", this.team)
			.exchange()
			.expectHeader()
			.value("ETag", (etag) -> assertThat(etag).startsWith("\"0-"));
		this.http.get()
			.uri("/heroes/{id}", this.hero)
			.exchange()
			.expectHeader()
			.value("ETag", (etag) -> assertThat(etag).startsWith("\"0-"));
		patch("/heroes/" + this.hero, "{\"age\": 49}", null).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"");
		patch("/teams/" + this.team, "{\"headquarters\": \"HQ\"}", null).expectHeader().valueEquals("ETag", "\"1\"");
	}

	@Test
	void aMatchingIfNoneMatchIs304WithoutABody() {
		for (String path : List.of("/heroes/" + this.hero, "/teams/" + this.team)) {
			String etag = this.api.etag(path);
			this.http.get()
				.uri(path)
				.header("If-None-Match", etag)
				.exchange()
				.expectStatus()
				.isNotModified()
				.expectHeader()
				.valueEquals("ETag", etag)
				.expectBody()
				.isEmpty();
			this.http.get().uri(path).header("If-None-Match", "\"99\"").exchange().expectStatus().isOk();
		}
	}

	@Test
	void readsFollowRfc9110Preconditions() {
		String path = "/heroes/" + this.hero;
		String etag = this.api.etag(path);
		this.http.get().uri(path).header("If-None-Match", "*").exchange().expectStatus().isNotModified();
		this.http.get().uri(path).header("If-None-Match", "W/" + etag).exchange().expectStatus().isNotModified();
		this.http.get().uri(path).header("If-None-Match", "\"9\", " + etag).exchange().expectStatus().isNotModified();
		assertProblem(this.http.get().uri(path).header("If-Match", "\"9\"").exchange(), 412,
				ProblemAssert.PRECONDITION_FAILED);
		this.http.get().uri(path).header("If-Match", etag).exchange().expectStatus().isOk();
	}

	@Test
	void aChangeToAnEmbeddedRowChangesTheETag() {
		String heroTag = this.api.etag("/heroes/" + this.hero);
		String teamTag = this.api.etag("/teams/" + this.team);
		patch("/teams/" + this.team, "{\"name\": \"Renamed\"}", null).expectStatus().isOk();
		this.http.get()
			.uri("/heroes/{id}", this.hero)
			.header("If-None-Match", heroTag)
			.exchange()
			.expectStatus()
			.isOk();
		this.api.createHero("Newcomer", "s", 1, this.team);
		this.http.get().uri("/teams/{id}", this.team).header("If-None-Match", teamTag).exchange().expectStatus().isOk();
	}

	@Test
	void aStaleIfMatchIs412AndChangesNothing() {
		patch("/heroes/" + this.hero, "{\"age\": 49}", null).expectStatus().isOk();
		assertProblem(patch("/heroes/" + this.hero, "{\"age\": 50}", "\"0\""), 412, ProblemAssert.PRECONDITION_FAILED);
		this.http.delete()
			.uri("/heroes/{id}", this.hero)
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		this.http.delete()
			.uri("/teams/{id}", this.team)
			.header("If-Match", "\"3\"")
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		this.http.get()
			.uri("/heroes/{id}", this.hero)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.age")
			.isEqualTo(49);
		this.http.get().uri("/teams/{id}", this.team).exchange().expectStatus().isOk();
	}

	@Test
	void theCurrentETagInIfMatchLetsTheWriteThrough() {
		String etag = this.api.etag("/heroes/" + this.hero);
		patch("/heroes/" + this.hero, "{\"age\": 49}", etag).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"");
		patch("/heroes/" + this.hero, "{\"age\": 50}", "\"1\"").expectStatus().isOk();
		patch("/heroes/" + this.hero, "{\"age\": 51}", "*").expectStatus().isOk();
		patch("/heroes/" + this.hero, "{\"age\": 52}", "\"0\", \"3\"").expectStatus().isOk();
		this.http.delete()
			.uri("/heroes/{id}", this.hero)
			.header("If-Match", "\"4\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.delete()
			.uri("/teams/{id}", this.team)
			.header("If-Match", this.api.etag("/teams/" + this.team))
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	/**
	 * RFC 9110 §13.1.2: a write is carried out only while If-None-Match names no version.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "*", "\"0\"", "W/\"0\"", "\"7\", \"0\"" })
	void anIfNoneMatchThatNamesTheCurrentVersionIs412AndChangesNothing(String ifNoneMatch) {
		String team = "/teams/" + this.team;
		String hero = "/heroes/" + this.hero;
		for (String path : List.of(hero, team)) {
			assertProblem(this.http.patch()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.header("If-None-Match", ifNoneMatch)
				.body((path.equals(hero)) ? "{\"age\": 50}" : "{\"headquarters\": \"HQ\"}")
				.exchange(), 412, ProblemAssert.PRECONDITION_FAILED);
			assertProblem(this.http.delete().uri(path).header("If-None-Match", ifNoneMatch).exchange(), 412,
					ProblemAssert.PRECONDITION_FAILED);
		}
		this.http.get()
			.uri(hero)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.age")
			.isEqualTo(48)
			.jsonPath("$.version")
			.isEqualTo(0);
		this.http.get()
			.uri(team)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.headquarters")
			.isEqualTo("Sharp Tower");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "W/0", "\"0" })
	void anUnreadableIfNoneMatchIs412AndChangesNothing(String ifNoneMatch) {
		assertProblem(this.http.patch()
			.uri("/heroes/{id}", this.hero)
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-None-Match", ifNoneMatch)
			.body("{\"age\": 50}")
			.exchange(), 412, ProblemAssert.PRECONDITION_FAILED);
		this.http.get().uri("/heroes/{id}", this.hero).exchange().expectBody().jsonPath("$.version").isEqualTo(0);
	}

	@Test
	void anIfNoneMatchThatNamesAnotherVersionLetsTheWriteThrough() {
		this.http.patch()
			.uri("/heroes/{id}", this.hero)
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-None-Match", "\"5\", W/\"6\"")
			.body("{\"age\": 50}")
			.exchange()
			.expectStatus()
			.isOk();
		this.http.delete()
			.uri("/heroes/{id}", this.hero)
			.header("If-None-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	@Test
	void ifNoneMatchStarMakesAMembershipPutCreateOnly() {
		String member = "/teams/" + this.team + "/members/" + this.hero;
		this.http.put()
			.uri(member)
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-None-Match", "*")
			.body("{\"role\": \"captain\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		String etag = this.api.etag("/teams/" + this.team);
		assertProblem(this.http.put()
			.uri(member)
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-None-Match", "*")
			.body("{\"role\": \"overwritten\"}")
			.exchange(), 412, ProblemAssert.PRECONDITION_FAILED);
		assertProblem(this.http.delete().uri(member).header("If-None-Match", "*").exchange(), 412,
				ProblemAssert.PRECONDITION_FAILED);
		this.http.get().uri(member).exchange().expectBody().jsonPath("$.role").isEqualTo("captain");
		assertThat(this.api.etag("/teams/" + this.team)).isEqualTo(etag);
	}

	@ParameterizedTest
	@ValueSource(strings = { "W/\"0\"", "0", "\"zero\"", "\"\"" })
	void aWeakOrMalformedIfMatchNeverMatches(String ifMatch) {
		patch("/heroes/" + this.hero, "{\"age\": 49}", ifMatch).expectStatus().isEqualTo(412);
	}

	@Test
	void ifMatchOnAResourceThatDoesNotExistIs404() {
		patch("/heroes/987654", "{\"age\": 49}", "\"0\"").expectStatus().isNotFound();
	}

	@Test
	void ofConcurrentPatchesWithTheSameIfMatchExactlyOneSucceeds() throws Exception {
		String etag = this.api.etag("/heroes/" + this.hero);
		List<Integer> statuses = Race.of(CLIENTS,
				(i) -> patch("/heroes/" + this.hero, "{\"age\": " + (100 + i) + "}", etag).returnResult(String.class)
					.getStatus()
					.value());
		assertThat(statuses).containsOnly(200, 412);
		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		this.http.get().uri("/heroes/{id}", this.hero).exchange().expectBody().jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void concurrentPatchesWithoutIfMatchAllApplyOneAfterAnother() throws Exception {
		List<Integer> statuses = Race.of(CLIENTS,
				(i) -> patch("/heroes/" + this.hero, "{\"age\": " + (100 + i) + "}", null).returnResult(String.class)
					.getStatus()
					.value());
		assertThat(statuses).containsOnly(200);
		this.http.get()
			.uri("/heroes/{id}", this.hero)
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(CLIENTS)
			.jsonPath("$.age")
			.value(Integer.class, (age) -> assertThat(age).isBetween(100, 100 + CLIENTS - 1));
	}

	@Test
	void deletingATeamIsAChangeOfEachOfItsHeroes() {
		String before = this.api.etag("/heroes/" + this.hero);
		this.http.delete().uri("/teams/{id}", this.team).exchange().expectStatus().isNoContent();
		this.http.get()
			.uri("/heroes/{id}", this.hero)
			.header("If-None-Match", before)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1);
		patch("/heroes/" + this.hero, "{\"age\": 1}", "\"0\"").expectStatus().isEqualTo(412);
	}

	private RestTestClient.ResponseSpec patch(String path, String json, String ifMatch) {
		RestTestClient.RequestBodySpec request = this.http.patch().uri(path).contentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return request.body(json).exchange();
	}

}
