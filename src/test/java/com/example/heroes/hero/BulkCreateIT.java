package com.example.heroes.hero;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.ProblemAssert;
import com.example.heroes.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §4: {@code POST /heroes/bulk}, all or nothing.
 */
@IntegrationTest
class BulkCreateIT {

	@Autowired
	RestTestClient http;

	@Autowired
	SqlStatements sql;

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	long team;

	@BeforeEach
	void setUp() {
		this.team = this.api.createTeam("Preventers", "Sharp Tower");
	}

	@Test
	void createsEveryHeroAndAnswersThemInInputOrder() {
		List<Map<String, Object>> created = bulk("""
				[{"name": "Deadpond", "secret_name": "Dive Wilson"},
				 {"name": "Rusty-Man", "secret_name": "Tommy Sharp", "age": 48, "team_id": %d},
				 {"name": "Spider-Boy", "secret_name": "Pedro Parqueador", "age": 16}]""".formatted(this.team))
			.expectStatus()
			.isCreated()
			.returnResult(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.getResponseBody();
		assertThat(created).extracting((hero) -> hero.get("name"))
			.containsExactly("Deadpond", "Rusty-Man", "Spider-Boy");
		assertThat(created).extracting((hero) -> hero.get("id")).doesNotHaveDuplicates().doesNotContainNull();
		assertThat(created)
			.allSatisfy((hero) -> assertThat(hero).doesNotContainKey("secret_name").containsEntry("version", 0));
		assertThat(created.get(1)).containsEntry("team_id", (int) this.team);
		assertThat(this.api.total("/heroes")).isEqualTo(3);
	}

	@Test
	void idsFollowTheOrderOfCreationAcrossSingleAndBulkCreates() {
		long before = this.api.createHero("Before", "s", null, null);
		List<Long> bulk = bulk("""
				[{"name": "One", "secret_name": "s"}, {"name": "Two", "secret_name": "s"}]""").expectStatus()
			.isCreated()
			.returnResult(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.getResponseBody()
			.stream()
			.map((hero) -> ((Number) hero.get("id")).longValue())
			.toList();
		long after = this.api.createHero("After", "s", null, null);
		assertThat(List.of(before, bulk.get(0), bulk.get(1), after)).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aThousandHeroesGoInAsOneInsertWithTheirIdsDrawnInOneStatement() {
		String body = IntStream.range(0, 1000)
			.mapToObj((i) -> "{\"name\": \"Hero %d\", \"secret_name\": \"s%d\", \"age\": %d}".formatted(i, i, i % 100))
			.collect(Collectors.joining(",", "[", "]"));
		this.sql.clear();
		bulk(body).expectStatus().isCreated().expectBody().jsonPath("$.length()").isEqualTo(1000);
		assertThat(this.sql.executions()).as("every statement:%n%s", this.sql.describe())
			.extracting((execution) -> execution.sql().get(0))
			.satisfiesExactly((ids) -> assertThat(ids).contains("nextval('hero_id_seq')"),
					(insert) -> assertThat(insert).startsWith("INSERT INTO hero"),
					(commit) -> assertThat(commit).startsWith("COMMIT"));
		assertThat(this.api.total("/heroes?limit=1")).isEqualTo(1000);
	}

	@Test
	void bulkCreatedHeroesReadBackAsAnswered() {
		List<Map<String, Object>> created = bulk("""
				[{"name": "Ünïcode \u2603", "secret_name": "s", "age": 0, "team_id": %d},
				 {"name": "No age", "secret_name": "s"},
				 {"name": "NULL", "secret_name": "null"},
				 {"name": "{a,b}", "secret_name": "\\"quoted\\" and \\\\ back"},
				 {"name": " padded ", "secret_name": "'; select 1; --"}]""".formatted(this.team)).expectStatus()
			.isCreated()
			.returnResult(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.getResponseBody();
		for (Map<String, Object> hero : created) {
			Map<String, Object> read = this.http.get()
				.uri("/heroes/{id}", hero.get("id"))
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.getResponseBody();
			assertThat(read).containsAllEntriesOf(hero);
		}
		assertThat(created).extracting((hero) -> hero.get("name"))
			.containsExactly("Ünïcode \u2603", "No age", "NULL", "{a,b}", " padded ");
		assertThat(created.get(1)).containsEntry("age", null).containsEntry("team_id", null);
		assertThat(this.jdbc.queryForList("SELECT secret_name FROM hero ORDER BY id", String.class))
			.containsExactly("s", "s", "null", "\"quoted\" and \\ back", "'; select 1; --");
	}

	@Test
	void anInvalidItemIs422NamingItsIndexAndStoresNothing() {
		assertValidationProblem(bulk("""
				[{"name": "Fine", "secret_name": "s"},
				 {"name": "", "secret_name": "s", "age": 10001},
				 {"name": "Also fine", "secret_name": "s"},
				 {"name": "No secret"}]"""), List.of("[1].age", "[1].name", "[3].secret_name"));
		assertNothingStored();
	}

	@Test
	void anItemOfTheWrongTypeIs422NamingIt() {
		assertValidationProblem(bulk("""
				[{"name": "Fine", "secret_name": "s"}, {"name": "x", "secret_name": "s", "age": "old"}]"""), "[1].age");
		assertValidationProblem(bulk("[{\"name\": \"Fine\", \"secret_name\": \"s\"}, null]"), "[1]");
		assertNothingStored();
	}

	@Test
	void aConflictIs409NamingTheItemAndStoresNothing() {
		assertProblem(bulk("""
				[{"name": "Fine", "secret_name": "s", "team_id": %d},
				 {"name": "Orphan", "secret_name": "s", "team_id": 987654}]""".formatted(this.team)), 409,
				ProblemAssert.CONFLICT)
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("[1].team_id"))
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("[1].team_id"));
		assertNothingStored();
	}

	@Test
	void theBodyMustHoldOneToAThousandItems() {
		assertValidationProblem(bulk("[]"), "body");
		String tooMany = IntStream.range(0, 1001)
			.mapToObj((i) -> "{\"name\": \"H\", \"secret_name\": \"s\"}")
			.collect(Collectors.joining(",", "[", "]"));
		assertValidationProblem(bulk(tooMany), "body");
		assertNothingStored();
	}

	@Test
	void aBodyThatIsNotAnArrayIs400() {
		assertProblem(bulk("{\"name\": \"Deadpond\", \"secret_name\": \"s\"}"), 400, ProblemAssert.MALFORMED_REQUEST);
		assertProblem(bulk("[{\"name\": "), 400, ProblemAssert.MALFORMED_REQUEST);
		assertNothingStored();
	}

	private void assertNothingStored() {
		assertThat(this.api.total("/heroes")).isEqualTo(0);
	}

	private RestTestClient.ResponseSpec bulk(String json) {
		return this.http.post().uri("/heroes/bulk").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

}
