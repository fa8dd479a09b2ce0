package com.example.heroes.hero;

import java.util.List;
import java.util.Map;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.ProblemAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §5: a PATCH changes exactly the properties present in its body.
 */
@IntegrationTest
class PatchSemanticsIT {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcTemplate jdbc;

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
	void anAbsentPropertyIsLeftAsStored() {
		patchHero("""
				{"name": "Rusty-Woman"}""").expectStatus().isOk().expectBody().json("""
				{"name": "Rusty-Woman", "age": 48, "team_id": %d, "version": 1}""".formatted(this.team));
		assertThat(secretName()).isEqualTo("Tommy Sharp");
	}

	@Test
	void aPropertyWithAValueIsSet() {
		long other = this.api.createTeam("Z-Force", "Bar");
		patchHero("""
				{"age": 49, "team_id": %d, "secret_name": "Tom"}""".formatted(other)).expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"name": "Rusty-Man", "age": 49, "team_id": %d}""".formatted(other));
		assertThat(secretName()).isEqualTo("Tom");
	}

	@Test
	void nullClearsANullableProperty() {
		patchHero("""
				{"age": null, "team_id": null}""").expectStatus().isOk().expectBody().json("""
				{"name": "Rusty-Man", "age": null, "team_id": null, "version": 1}""");
		this.http.get().uri("/heroes/{id}", this.hero).exchange().expectBody().json("""
				{"age": null, "team_id": null, "team": null}""");
	}

	@ParameterizedTest
	@ValueSource(strings = { "name", "secret_name" })
	void nullOnARequiredPropertyIs422AndChangesNothing(String property) {
		assertValidationProblem(patchHero("""
				{"age": 50, "%s": null}""".formatted(property)), property);
		assertUnchanged();
	}

	@Test
	void nullOnATeamsRequiredPropertyIs422() {
		assertValidationProblem(
				this.http.patch().uri("/teams/{id}", this.team).contentType(MediaType.APPLICATION_JSON).body("""
						{"headquarters": null}""").exchange(), "headquarters");
	}

	@Test
	void anEmptyObjectChangesNothingAndAnswers200() {
		Map<?, ?> before = hero();
		patchHero("{}").expectStatus().isOk().expectBody().json("""
				{"name": "Rusty-Man", "age": 48, "team_id": %d, "version": 0}""".formatted(this.team));
		assertThat(hero()).isEqualTo(before);
	}

	@Test
	void settingTheStoredValuesAgainIsNoChange() {
		Map<?, ?> before = hero();
		patchHero("""
				{"name": "Rusty-Man", "age": 48, "team_id": %d}""".formatted(this.team)).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"0\"");
		assertThat(hero()).isEqualTo(before);
	}

	@Test
	void sendingTheSecretNameIsAChangeEvenWhenItIsTheStoredOne() {
		// Otherwise the version would tell a client whether its guess was the stored
		// value.
		String right = patchHero("""
				{"secret_name": "Tommy Sharp"}""").expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		String wrong = patchHero("""
				{"secret_name": "A Guess"}""").expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(right).isEqualTo("\"1\"");
		assertThat(wrong).isEqualTo("\"2\"");
		assertThat(secretName()).isEqualTo("A Guess");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"age\": \"\"}", "{\"age\": \"  \"}", "{\"team_id\": \"\"}", "{\"team_id\": \"  \"}" })
	void aBlankStringInAnIntegerPropertyIs422NamingItLikeOnCreate(String body) {
		String field = body.contains("age") ? "age" : "team_id";
		assertValidationProblem(patchHero(body), field, "must be an integer");
		assertValidationProblem(this.http.post()
			.uri("/heroes")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body.replace("{", "{\"name\": \"X\", \"secret_name\": \"Y\", "))
			.exchange(), field, "must be an integer");
		assertUnchanged();
	}

	@Test
	void aRealChangeBumpsTheVersionAndUpdatedAtButNotCreatedAt() {
		Map<?, ?> before = hero();
		patchHero("""
				{"age": 49}""").expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
		Map<?, ?> after = hero();
		assertThat(after.get("version")).isEqualTo(1);
		assertThat(after.get("created_at")).isEqualTo(before.get("created_at"));
		assertThat((String) after.get("updated_at")).isGreaterThan((String) before.get("updated_at"));
	}

	@Test
	void changingOnlyTheSecretNameIsAChangeToo() {
		patchHero("""
				{"secret_name": "Tom"}""").expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void mergePatchJsonIsAcceptedLikeJson() {
		this.http.patch()
			.uri("/heroes/{id}", this.hero)
			.contentType(MediaType.parseMediaType("application/merge-patch+json"))
			.body("""
					{"age": null}""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.age")
			.isEmpty();
	}

	@Test
	void anInvalidValueIs422AndChangesNothing() {
		assertValidationProblem(patchHero("""
				{"name": "Rusty", "age": 10001}"""), "age");
		assertUnchanged();
	}

	@Test
	void aTeamThatDoesNotExistIs409AndChangesNothing() {
		assertProblem(patchHero("""
				{"name": "Rusty", "team_id": 987654}"""), 409, ProblemAssert.CONFLICT);
		assertUnchanged();
	}

	@Test
	void aBodyThatIsNotAnObjectIs400() {
		for (String body : List.of("[]", "null", "\"age\"")) {
			assertProblem(patchHero(body), 400, ProblemAssert.MALFORMED_REQUEST);
		}
		assertUnchanged();
	}

	@Test
	void idAndVersionInTheBodyAreIgnored() {
		patchHero("""
				{"id": 1, "version": 99, "created_at": "2000-01-01T00:00:00Z"}""").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(this.hero)
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	private RestTestClient.ResponseSpec patchHero(String json) {
		return this.http.patch()
			.uri("/heroes/{id}", this.hero)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	private Map<?, ?> hero() {
		return this.api.resource("/heroes/{id}", this.hero);
	}

	private void assertUnchanged() {
		this.http.get().uri("/heroes/{id}", this.hero).exchange().expectBody().json("""
				{"name": "Rusty-Man", "age": 48, "team_id": %d, "version": 0}""".formatted(this.team));
		assertThat(secretName()).isEqualTo("Tommy Sharp");
	}

	/** The write-only secret, read straight from the database. */
	private String secretName() {
		return this.jdbc.queryForObject("SELECT secret_name FROM hero WHERE id = ?", String.class, this.hero);
	}

}
