package com.example.heroes.hero;

import java.util.List;

import com.example.heroes.support.Api;
import com.example.heroes.support.DatabaseCleaner;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.KeepsRows;
import com.example.heroes.support.ProblemAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §4: the hero filters, alone and combined, all done by the database. Every test
 * only reads, so the heroes are seeded once for the class.
 */
@IntegrationTest
@KeepsRows
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeroFilterIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	long preventers;

	long zForce;

	@BeforeAll
	void seed(@Autowired DatabaseCleaner cleaner) {
		cleaner.clean();
		this.preventers = this.api.createTeam("Preventers", "Sharp Tower");
		this.zForce = this.api.createTeam("Z-Force", "Bar");
		this.api.createHero("Deadpond", "Dive Wilson", 30, this.zForce);
		this.api.createHero("Rusty-Man", "Tommy Sharp", 48, this.preventers);
		this.api.createHero("Spider-Boy", "Pedro Parqueador", 16, this.preventers);
		this.api.createHero("Tarantula", "Natalia Roman-on", 32, null);
		this.api.createHero("Black Lion", "Trevor Challa", 35, this.zForce);
		this.api.createHero("Dr. Weird", "Steve Weird", null, null);
		this.api.createHero("100% Real_Hero", "Noone", 99, null);
		this.api.createHero("100 Percent RealXHero", "Noone Else", 98, null);
	}

	@Test
	void nameMatchesExactlyIgnoringCase() {
		assertThat(names("/heroes?name=deadpond")).containsExactly("Deadpond");
		assertThat(names("/heroes?name=DEADPOND")).containsExactly("Deadpond");
		assertThat(names("/heroes?name=Dead")).isEmpty();
	}

	@Test
	void nameContainsMatchesASubstringIgnoringCase() {
		assertThat(names("/heroes?name_contains=MAN")).containsExactly("Rusty-Man");
		assertThat(names("/heroes?name_contains=er-b")).containsExactly("Spider-Boy");
		assertThat(names("/heroes?name_contains=i")).containsExactly("Spider-Boy", "Black Lion", "Dr. Weird");
	}

	@Test
	void percentAndUnderscoreInNameContainsMatchThemselves() {
		assertThat(names("/heroes?name_contains={text}", "0%")).containsExactly("100% Real_Hero");
		assertThat(names("/heroes?name_contains={text}", "l_h")).containsExactly("100% Real_Hero");
		assertThat(names("/heroes?name_contains={text}", "%")).containsExactly("100% Real_Hero");
		assertThat(names("/heroes?name_contains={text}", "_")).containsExactly("100% Real_Hero");
		assertThat(names("/heroes?name_contains={text}", "\\")).isEmpty();
	}

	@Test
	void ageFiltersAreExactOrInclusiveRanges() {
		assertThat(names("/heroes?age=30")).containsExactly("Deadpond");
		assertThat(names("/heroes?age_gte=35")).containsExactly("Rusty-Man", "Black Lion", "100% Real_Hero",
				"100 Percent RealXHero");
		assertThat(names("/heroes?age_lte=30")).containsExactly("Deadpond", "Spider-Boy");
		assertThat(names("/heroes?age_gte=30&age_lte=35")).containsExactly("Deadpond", "Tarantula", "Black Lion");
		assertThat(names("/heroes?age_gte=40&age_lte=20")).isEmpty();
	}

	@Test
	void teamIdMatchesAnyOfTheGivenTeams() {
		assertThat(names("/heroes?team_id=" + this.preventers)).containsExactly("Rusty-Man", "Spider-Boy");
		assertThat(names("/heroes?team_id=" + this.preventers + "&team_id=" + this.zForce)).containsExactly("Deadpond",
				"Rusty-Man", "Spider-Boy", "Black Lion");
		assertThat(names("/heroes?team_id=987654")).isEmpty();
	}

	@Test
	void hasTeamSplitsHeroesWithAndWithoutATeam() {
		assertThat(names("/heroes?has_team=true")).containsExactly("Deadpond", "Rusty-Man", "Spider-Boy", "Black Lion");
		assertThat(names("/heroes?has_team=false")).containsExactly("Tarantula", "Dr. Weird", "100% Real_Hero",
				"100 Percent RealXHero");
	}

	@Test
	void teamJoinsOnTheTeamsNameIgnoringCase() {
		assertThat(names("/heroes?team=z-force")).containsExactly("Deadpond", "Black Lion");
		assertThat(names("/heroes?team=Nobody")).isEmpty();
	}

	@Test
	void filtersCombineWithAnd() {
		assertThat(names("/heroes?team=preventers&age_gte=20")).containsExactly("Rusty-Man");
		assertThat(names("/heroes?has_team=true&name_contains=o&age_lte=31")).containsExactly("Deadpond", "Spider-Boy");
		assertThat(names("/heroes?team_id=" + this.zForce + "&team=preventers")).isEmpty();
	}

	@Test
	void theTotalCountCountsTheFilteredRowsNotThePage() {
		this.http.get()
			.uri("/heroes?has_team=true&limit=1")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "4")
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
	}

	@Test
	void linksKeepTheFilters() {
		String link = this.http.get()
			.uri("/heroes?has_team=true&name_contains=o&limit=1")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Link");
		assertThat(link).contains("has_team=true").contains("name_contains=o").contains("limit=1");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			age                 | age=thirty
			age_gte             | age_gte=1.5
			age_lte             | age_lte=99999999999
			team_id             | team_id=one
			has_team            | has_team=perhaps
			""")
	void aFilterOfTheWrongTypeIs422NamingIt(String parameter, String query) {
		assertValidationProblem(this.http.get().uri("/heroes?" + query).exchange(), parameter);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			hexadecimal limit     | limit=0x10           | limit
			hash limit            | limit=%2310          | limit
			signed age            | age=%2B30            | age
			yes for true          | has_team=yes         | has_team
			one for true          | has_team=1           | has_team
			""")
	void numbersAreDecimalAndBooleansAreTrueOrFalse(String label, String query, String parameter) {
		assertValidationProblem(this.http.get().uri(this.api.absolute("/heroes?" + query)).exchange(), parameter);
	}

	/** API.md §2: a query parameter out of range, too long or blank is a 422. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/heroes?age=-1                    | age           | must be between 0 and 10000
			/heroes?age_gte=10001             | age_gte       | must be between 0 and 10000
			/heroes?age_lte=-5                | age_lte       | must be between 0 and 10000
			/heroes?name=%20                  | name          | must not be blank
			/heroes?name_contains=%E2%80%8B   | name_contains | must not be blank
			/heroes?team=%20%09               | team          | must not be blank
			/teams?name=%20                   | name          | must not be blank
			/teams?name_contains=%20          | name_contains | must not be blank
			/teams/1/heroes?age=10001         | age           | must be between 0 and 10000
			""")
	void aFilterOutOfRangeOrBlankIs422NamingIt(String uri, String parameter, String message) {
		assertProblem(this.http.get().uri(this.api.absolute(uri)).exchange(), 422, ProblemAssert.VALIDATION)
			.jsonPath("$.errors[0].field")
			.isEqualTo(parameter)
			.jsonPath("$.errors[0].message")
			.isEqualTo(message);
	}

	@Test
	void aNameFilterLongerThanAnyNameIs422() {
		String longest = "a".repeat(100);
		this.http.get().uri("/heroes?name_contains={n}", longest).exchange().expectStatus().isOk();
		assertValidationProblem(this.http.get().uri("/heroes?name_contains={n}", longest + "a").exchange(),
				"name_contains");
		assertValidationProblem(this.http.get().uri("/teams?name={n}", longest + "a").exchange(), "name");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "0", "-5", "%20", "1&team_id=%09" })
	void aTeamIdFilterMustNameAPositiveId(String value) {
		assertProblem(this.http.get().uri(this.api.absolute("/heroes?team_id=" + value)).exchange(), 422,
				ProblemAssert.VALIDATION)
			.jsonPath("$.errors[0].field")
			.value(String.class, (field) -> assertThat(field).startsWith("team_id"));
	}

	@Test
	void aParameterTakenOnceMustNotBeRepeated() {
		assertValidationProblem(this.http.get().uri("/heroes?limit=5&limit=100").exchange(), "limit");
		assertValidationProblem(this.http.get().uri("/heroes?name=a&name=b").exchange(), "name");
		this.http.get().uri("/heroes?team_id=1&team_id=2").exchange().expectStatus().isOk();
	}

	@Test
	void anEmptyValueIsAbsent() {
		assertThat(names("/heroes?name=&name_contains=&team=&age=&has_team=&team_id=&sort=")).hasSize(8);
		assertThat(names("/heroes?team_id=&team_id=" + this.preventers + "&team_id=")).containsExactly("Rusty-Man",
				"Spider-Boy");
	}

	@Test
	void unknownQueryParametersAreIgnored() {
		assertThat(names("/heroes?colour=red&name=Deadpond")).containsExactly("Deadpond");
	}

	private List<String> names(String uri, Object... variables) {
		boolean encoded = uri.contains("%") && variables.length == 0;
		RestTestClient.RequestHeadersSpec<?> request = encoded ? this.http.get().uri(this.api.absolute(uri))
				: this.http.get().uri(uri, variables);
		return request.exchange()
			.expectStatus()
			.isOk()
			.returnResult(
					new org.springframework.core.ParameterizedTypeReference<List<java.util.Map<String, Object>>>() {
					})
			.getResponseBody()
			.stream()
			.map((hero) -> (String) hero.get("name"))
			.toList();
	}

}
