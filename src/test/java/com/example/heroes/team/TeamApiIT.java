package com.example.heroes.team;

import java.util.List;
import java.util.Map;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.ProblemAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TeamApiIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Test
	void createAnswers201WithLocationEtagAndTheTeam() {
		this.http.post()
			.uri("/teams")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"name": "Preventers", "headquarters": "Sharp Tower"}""")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "http://localhost:\\d+/teams/\\d+")
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.id")
			.isNumber()
			.jsonPath("$.name")
			.isEqualTo("Preventers")
			.jsonPath("$.headquarters")
			.isEqualTo("Sharp Tower")
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.created_at")
			.value(String.class, (createdAt) -> assertThat(createdAt).matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z"))
			.jsonPath("$.updated_at")
			.exists();
	}

	@Test
	void theLocationOfANewTeamServesIt() {
		String location = this.http.post()
			.uri("/teams")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"name": "Preventers", "headquarters": "Sharp Tower"}""")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		this.http.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Preventers");
	}

	@Test
	void createIgnoresReadOnlyAndUnknownPropertiesSentByTheClient() {
		this.http.post()
			.uri("/teams")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"id": 424242, "version": 17, "created_at": "2000-01-01T00:00:00Z", "updated_at": "2000-01-01T00:00:00Z",
					 "colour": "red", "name": "Preventers", "headquarters": "Sharp Tower"}""")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.id")
			.value(Long.class, (id) -> assertThat(id).isNotEqualTo(424242L))
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.created_at")
			.value(String.class, (createdAt) -> assertThat(createdAt).doesNotStartWith("2000"))
			.jsonPath("$.colour")
			.doesNotExist();
	}

	@ParameterizedTest
	@CsvSource({ "Preventers", "PREVENTERS", "preventers" })
	void aTakenNameIsAConflictWhateverItsCase(String name) {
		this.api.createTeam("Preventers", "Sharp Tower");
		assertProblem(post("""
				{"name": "%s", "headquarters": "Elsewhere"}""".formatted(name)), 409, ProblemAssert.CONFLICT)
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("name"));
		assertThat(this.api.total("/teams")).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			missing name                | {"headquarters": "x"}                             | name
			null name                   | {"name": null, "headquarters": "x"}               | name
			blank name                  | {"name": "   ", "headquarters": "x"}              | name
			empty name                  | {"name": "", "headquarters": "x"}                 | name
			name not a string           | {"name": 12, "headquarters": "x"}                 | name
			missing headquarters        | {"name": "x"}                                     | headquarters
			headquarters an object      | {"name": "x", "headquarters": {"city": "NYC"}}    | headquarters
			""")
	void invalidTeamsAre422NamingTheField(String label, String json, String field) {
		assertValidationProblem(post(json), field);
		assertThat(this.api.total("/teams")).isEqualTo(0);
	}

	@Test
	void namesAndHeadquartersHaveLengthLimits() {
		String json = """
				{"name": "%s", "headquarters": "%s"}""".formatted("n".repeat(101), "h".repeat(256));
		assertProblem(post(json), 422, ProblemAssert.VALIDATION).jsonPath("$.errors[*].field")
			.value(List.class, (fields) -> assertThat(fields).containsExactlyInAnyOrder("name", "headquarters"))
			.jsonPath("$.errors[?(@.field == 'name')].message")
			.isEqualTo(List.of("must be at most 100 characters"))
			.jsonPath("$.errors[?(@.field == 'headquarters')].message")
			.isEqualTo(List.of("must be at most 255 characters"));

		this.api.createTeam("n".repeat(100), "h".repeat(255));
	}

	@Test
	void readingATeamEmbedsItsHeroesOrderedById() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		long first = this.api.createHero("Rusty-Man", "Tommy Sharp", 48, team);
		this.api.createHero("Loner", "Alone", null, null);
		long second = this.api.createHero("Spider-Boy", "Pedro Parqueador", null, team);

		this.http.get()
			.uri("/teams/{id}", team)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(team)
			.jsonPath("$.heroes[*].id")
			.isEqualTo(List.of((int) first, (int) second))
			.jsonPath("$.heroes[0].secret_name")
			.doesNotExist();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTeamsHeroesAreEmbeddedAsEachIsReadAlone() {
		long team = this.api.createTeam("Z-Force", "Zig Zag");
		long ageless = this.api.createHero("Zero", "Nobody", null, team);
		long aged = this.api.createHero("Zed", "Zachary", 33, team);

		List<Object> embedded = (List<Object>) this.api.resource("/teams/{id}", team).get("heroes");

		Map<String, Object> first = this.api.resource("/heroes/{id}", ageless);
		Map<String, Object> second = this.api.resource("/heroes/{id}", aged);
		first.remove("team");
		second.remove("team");
		assertThat(embedded).containsExactly(first, second);
		assertThat(first).containsEntry("age", null).containsEntry("team_id", (int) team);
	}

	@Test
	void aTeamWithoutHeroesEmbedsAnEmptyArray() {
		long team = this.api.createTeam("Lone Rangers", "Nowhere");

		assertThat(this.api.resource("/teams/{id}", team)).containsEntry("heroes", List.of())
			.containsEntry("id", (int) team);
	}

	@Test
	void readingAnUnknownTeamIs404() {
		assertProblem(this.http.get().uri("/teams/987654").exchange(), 404, ProblemAssert.NOT_FOUND)
			.jsonPath("$.instance")
			.isEqualTo("/teams/987654");
	}

	@Test
	void listsAreOrderedByIdAndPagedByOffsetAndLimit() {
		long[] ids = new long[5];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = this.api.createTeam("Team " + i, "HQ " + i);
		}
		this.http.get()
			.uri("/teams?offset=2&limit=2")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "5")
			.expectHeader()
			.value("Link", (link) -> assertThat(link).contains("rel=\"next\""))
			.expectHeader()
			.value("Link", (link) -> assertThat(link).contains("/teams?limit=2&offset=0>; rel=\"prev\""))
			.expectHeader()
			.value("Link", (link) -> assertThat(link).contains("rel=\"first\""))
			.expectBody()
			.jsonPath("$[*].id")
			.isEqualTo(List.of((int) ids[2], (int) ids[3]));
	}

	@Test
	void anEmptyListIsAnEmptyArray() {
		this.http.get()
			.uri("/teams")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "0")
			.expectBody()
			.json("[]");
	}

	@Test
	void renamingToATakenNameIsAConflictAndChangesNothing() {
		this.api.createTeam("Preventers", "Sharp Tower");
		long other = this.api.createTeam("Z-Force", "Bar");
		this.http.patch().uri("/teams/{id}", other).contentType(MediaType.APPLICATION_JSON).body("""
				{"name": "preventers", "headquarters": "Moved"}""").exchange().expectStatus().isEqualTo(409);
		this.http.get()
			.uri("/teams/{id}", other)
			.exchange()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Z-Force")
			.jsonPath("$.headquarters")
			.isEqualTo("Bar")
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	@Test
	void renamingATeamToAnotherCaseOfItsOwnNameIsAllowed() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		this.http.patch()
			.uri("/teams/{id}", team)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"name": "PREVENTERS"}""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("PREVENTERS");
	}

	@Test
	void deletingATeamKeepsItsHeroesWithoutATeam() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		long hero = this.api.createHero("Rusty-Man", "Tommy Sharp", 48, team);

		this.http.delete().uri("/teams/{id}", team).exchange().expectStatus().isNoContent().expectBody().isEmpty();

		this.http.get().uri("/teams/{id}", team).exchange().expectStatus().isNotFound();
		this.http.get()
			.uri("/heroes/{id}", hero)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.team_id")
			.isEmpty()
			.jsonPath("$.team")
			.isEmpty()
			.jsonPath("$.age")
			.isEqualTo(48);
	}

	@Test
	void deletingAnUnknownTeamIs404() {
		this.http.delete().uri("/teams/987654").exchange().expectStatus().isNotFound();
	}

	private RestTestClient.ResponseSpec post(String json) {
		return this.http.post().uri("/teams").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

}
