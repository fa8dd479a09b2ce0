package com.example.heroes.hero;

import java.util.List;
import java.util.Map;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.ProblemAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HeroApiIT {

	private static final String SECRET = "Dive Wilson";

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Test
	void createAnswers201WithLocationEtagAndTheHeroWithoutItsSecret() {
		long team = this.api.createTeam("Z-Force", "Bar");
		this.http.post()
			.uri("/heroes")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"name": "Deadpond", "secret_name": "Dive Wilson", "age": 30, "team_id": %d}""".formatted(team))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "http://localhost:\\d+/heroes/\\d+")
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Deadpond")
			.jsonPath("$.age")
			.isEqualTo(30)
			.jsonPath("$.team_id")
			.isEqualTo(team)
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.secret_name")
			.doesNotExist();
	}

	@Test
	void aCreatedHeroReadsBackAsTheCreateAnsweredIt() {
		long team = this.api.createTeam("Z-Force", "Bar");
		Map<String, Object> answer = post("""
				{"name": "Deadpond", "secret_name": "Dive Wilson", "age": 30, "team_id": %d}""".formatted(team))
			.expectStatus()
			.isCreated()
			.returnResult(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.getResponseBody();
		Map<String, Object> read = this.api.resource("/heroes/{id}", answer.get("id"));
		assertThat(read).containsAllEntriesOf(answer);
	}

	@Test
	void ageAndTeamAreOptionalAndComeBackAsNull() {
		this.http.post()
			.uri("/heroes")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"name": "Spider-Boy", "secret_name": "Pedro Parqueador"}""")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.json("""
					{"name": "Spider-Boy", "age": null, "team_id": null}""");
	}

	@Test
	void theSecretNameIsInNoResponse() {
		long team = this.api.createTeam("Z-Force", "Bar");
		long hero = this.api.createHero("Deadpond", SECRET, 30, team);
		String patch = this.http.patch()
			.uri("/heroes/{id}", hero)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"secret_name": "Wade"}""")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		List<String> bodies = List.of(patch, body("/heroes/" + hero), body("/heroes"), body("/teams/" + team),
				body("/teams/" + team + "/heroes"));
		assertThat(bodies).allSatisfy(
				(body) -> assertThat(body).doesNotContain("secret").doesNotContain(SECRET).doesNotContain("Wade"));
	}

	@Test
	void aTeamThatDoesNotExistIsAConflict() {
		assertProblem(post("""
				{"name": "Deadpond", "secret_name": "Dive Wilson", "team_id": 987654}"""), 409, ProblemAssert.CONFLICT)
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("team_id").doesNotContain(SECRET));
		assertThat(this.api.total("/heroes")).isEqualTo(0);
	}

	/**
	 * A refused create leaves nothing open on its connection: more refusals than the pool
	 * has connections, then as many creates, all answered as if each were the first.
	 */
	@Test
	void refusedCreatesLeaveEveryConnectionReadyForTheNext() {
		for (int i = 0; i < 25; i++) {
			assertProblem(post("""
					{"name": "Deadpond", "secret_name": "Dive Wilson", "team_id": 987654}"""), 409,
					ProblemAssert.CONFLICT);
		}
		for (int i = 0; i < 25; i++) {
			post("""
					{"name": "Deadpond", "secret_name": "Dive Wilson"}""").expectStatus().isCreated();
		}
		assertThat(this.api.total("/heroes")).isEqualTo(25);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			missing name            | {"secret_name": "s"}                                  | name
			blank name              | {"name": " ", "secret_name": "s"}                     | name
			missing secret_name     | {"name": "n"}                                         | secret_name
			blank secret_name       | {"name": "n", "secret_name": "\\t"}                   | secret_name
			too long secret_name    | {"name": "n", "secret_name": "%s"}                    | secret_name
			negative age            | {"name": "n", "secret_name": "s", "age": -1}          | age
			age over 10000          | {"name": "n", "secret_name": "s", "age": 10001}       | age
			fractional age          | {"name": "n", "secret_name": "s", "age": 1.5}         | age
			age as a string         | {"name": "n", "secret_name": "s", "age": "30"}        | age
			age out of int range    | {"name": "n", "secret_name": "s", "age": 99999999999} | age
			team_id as a string     | {"name": "n", "secret_name": "s", "team_id": "1"}     | team_id
			team_id a boolean       | {"name": "n", "secret_name": "s", "team_id": true}    | team_id
			name with a NUL         | {"name": "a\\u0000b", "secret_name": "s"}             | name
			""")
	void invalidHeroesAre422NamingTheFieldAsTheClientSpellsIt(String label, String json, String field) {
		assertValidationProblem(post(json.formatted("s".repeat(256))), field);
		assertThat(this.api.total("/heroes")).isEqualTo(0);
	}

	@Test
	void lengthsCountCharactersNotUtf16Units() {
		String emoji = new String(Character.toChars(0x1F600));
		this.api.createHero(emoji.repeat(100), emoji.repeat(255), null, null);
		assertValidationProblem(post("{\"name\": \"%s\", \"secret_name\": \"s\"}".formatted(emoji.repeat(101))), "name",
				"must be at most 100 characters");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no-break space        | \\u00a0
			next line             | \\u0085
			zero-width space      | \\u200b
			byte order mark       | \\ufeff
			ideographic space     | \\u3000
			line break and tab    | \\n\\t
			hangul filler         | \\u3164
			grapheme joiner       | \\u034f
			variation selector    | \\ufe0f
			blank braille         | \\u2800
			lone combining accent | \\u0301
			noncharacter          | \\uffff
			""")
	void textWithoutAVisibleCharacterIsBlank(String label, String escaped) {
		assertValidationProblem(post("{\"name\": \"" + escaped + "\", \"secret_name\": \"s\"}"), "name",
				"must not be blank");
	}

	@Test
	void textThatCannotBeStoredAsSentIs422() {
		assertValidationProblem(post("{\"name\": \"lone \\udc00 surrogate\", \"secret_name\": \"s\"}"), "name");
		assertThat(this.api.total("/heroes")).isEqualTo(0);
	}

	@ParameterizedTest
	@CsvSource({ "0", "-1" })
	void aTeamIdThatIsNotPositiveIs422(long teamId) {
		assertValidationProblem(post("{\"name\": \"n\", \"secret_name\": \"s\", \"team_id\": " + teamId + "}"),
				"team_id");
	}

	@Test
	void aMissingRequiredFieldIsRequired() {
		assertValidationProblem(post("{\"secret_name\": \"s\"}"), "name", "is required");
	}

	@Test
	void ageLimitsAreInclusive() {
		this.api.createHero("Baby", "b", 0, null);
		this.api.createHero("Ancient", "a", 10000, null);
	}

	@Test
	void readingAHeroEmbedsItsTeam() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		long hero = this.api.createHero("Rusty-Man", "Tommy Sharp", 48, team);
		this.http.get()
			.uri("/heroes/{id}", hero)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.team_id")
			.isEqualTo(team)
			.jsonPath("$.team.id")
			.isEqualTo(team)
			.jsonPath("$.team.name")
			.isEqualTo("Preventers")
			.jsonPath("$.team.headquarters")
			.isEqualTo("Sharp Tower");
	}

	@Test
	void aHeroWithoutATeamHasANullTeam() {
		long hero = this.api.createHero("Loner", "Alone", null, null);
		this.http.get().uri("/heroes/{id}", hero).exchange().expectBody().jsonPath("$.team").isEmpty();
	}

	@Test
	void heroListsAreOrderedByIdAndPaged() {
		long[] ids = new long[4];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = this.api.createHero("Hero " + i, "s" + i, i, null);
		}
		this.http.get()
			.uri("/heroes?offset=1&limit=2")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "4")
			.expectBody()
			.jsonPath("$[*].id")
			.isEqualTo(List.of((int) ids[1], (int) ids[2]));
	}

	@Test
	void deletingAHeroRemovesIt() {
		long hero = this.api.createHero("Deadpond", SECRET, 30, null);
		this.http.delete().uri("/heroes/{id}", hero).exchange().expectStatus().isNoContent().expectBody().isEmpty();
		this.http.get().uri("/heroes/{id}", hero).exchange().expectStatus().isNotFound();
		this.http.delete().uri("/heroes/{id}", hero).exchange().expectStatus().isNotFound();
	}

	private RestTestClient.ResponseSpec post(String json) {
		return this.http.post().uri("/heroes").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

	private String body(String path) {
		return this.http.get().uri(path).exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
	}

}
