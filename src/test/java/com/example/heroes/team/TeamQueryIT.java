package com.example.heroes.team;

import java.util.List;
import java.util.Map;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.ProblemAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertProblem;
import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §3 and §6: team filters, team sorting, a team's heroes as a list, and the
 * per-team figures.
 */
@IntegrationTest
class TeamQueryIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Test
	void teamFiltersMatchNamesIgnoringCase() {
		this.api.createTeam("Preventers", "Sharp Tower");
		this.api.createTeam("Z-Force", "Bar");
		this.api.createTeam("Avengers_50%", "Tower");
		assertThat(names("/teams?name=PREVENTERS")).containsExactly("Preventers");
		assertThat(names("/teams?name_contains={text}", "FORC")).containsExactly("Z-Force");
		assertThat(names("/teams?name_contains={text}", "_50%")).containsExactly("Avengers_50%");
		assertThat(names("/teams?name_contains={text}&name={name}", "e", "z-force")).containsExactly("Z-Force");
		assertThat(names("/teams?name_contains={text}", "r")).containsExactly("Preventers", "Z-Force", "Avengers_50%");
	}

	@Test
	void teamsSortByNameIgnoringCaseAndByTimestamps() {
		this.api.createTeam("beta", "x");
		this.api.createTeam("Alpha", "x");
		this.api.createTeam("Gamma", "x");
		assertThat(names("/teams?sort=name")).containsExactly("Alpha", "beta", "Gamma");
		assertThat(names("/teams?sort=-name")).containsExactly("Gamma", "beta", "Alpha");
		assertThat(names("/teams?sort=-created_at")).containsExactly("Gamma", "Alpha", "beta");
		assertThat(names("/teams?sort=-id")).containsExactly("Gamma", "Alpha", "beta");
		this.http.patch()
			.uri("/teams/{id}", teamId("beta"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"headquarters\": \"moved\"}")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(names("/teams?sort=-updated_at")).containsExactly("beta", "Gamma", "Alpha");
		assertValidationProblem(this.http.get().uri("/teams?sort=age").exchange(), "sort");
		assertValidationProblem(this.http.get().uri("/teams?sort=headquarters").exchange(), "sort");
	}

	@Test
	void aTeamsHeroesAreAListWithTheHeroFiltersSortingAndPaging() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		long other = this.api.createTeam("Z-Force", "Bar");
		this.api.createHero("Rusty-Man", "s", 48, team);
		this.api.createHero("Spider-Boy", "s", 16, team);
		this.api.createHero("Captain North", "s", 60, team);
		this.api.createHero("Deadpond", "s", 30, other);
		this.api.createHero("Loner", "s", 30, null);

		assertThat(names("/teams/{id}/heroes", team)).containsExactly("Rusty-Man", "Spider-Boy", "Captain North");
		assertThat(names("/teams/{id}/heroes?sort=-age", team)).containsExactly("Captain North", "Rusty-Man",
				"Spider-Boy");
		assertThat(names("/teams/{id}/heroes?age_gte=40&sort=name", team)).containsExactly("Captain North",
				"Rusty-Man");
		this.http.get()
			.uri("/teams/{id}/heroes?limit=2", team)
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "3")
			.expectHeader()
			.value("Link", (link) -> assertThat(link).contains("/teams/" + team + "/heroes?limit=2&after="));
		assertValidationProblem(this.http.get().uri("/teams/{id}/heroes?limit=0", team).exchange(), "limit");
	}

	@Test
	void theHeroesOfATeamThatDoesNotExistAre404() {
		assertProblem(this.http.get().uri("/teams/987654/heroes").exchange(), 404, ProblemAssert.NOT_FOUND)
			.jsonPath("$.instance")
			.isEqualTo("/teams/987654/heroes");
	}

	@Test
	void statsCountAndAverageEachTeamsHeroesIncludingTeamsWithout() {
		long preventers = this.api.createTeam("Preventers", "Sharp Tower");
		long zForce = this.api.createTeam("Z-Force", "Bar");
		long empty = this.api.createTeam("Avengers", "Tower");
		long ageless = this.api.createTeam("Ageless", "Nowhere");
		this.api.createHero("Rusty-Man", "s", 48, preventers);
		this.api.createHero("Spider-Boy", "s", 16, preventers);
		this.api.createHero("Captain North", "s", null, preventers);
		this.api.createHero("Deadpond", "s", 30, zForce);
		this.api.createHero("Black Lion", "s", 35, zForce);
		this.api.createHero("Ghost", "s", null, ageless);

		this.http.get()
			.uri("/teams/stats")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "4")
			.expectBody()
			.json("""
					[
					  {"team_id": %d, "name": "Preventers", "hero_count": 3, "average_age": 32.0, "min_age": 16, "max_age": 48},
					  {"team_id": %d, "name": "Z-Force", "hero_count": 2, "average_age": 32.5, "min_age": 30, "max_age": 35},
					  {"team_id": %d, "name": "Ageless", "hero_count": 1, "average_age": null, "min_age": null, "max_age": null},
					  {"team_id": %d, "name": "Avengers", "hero_count": 0, "average_age": null, "min_age": null, "max_age": null}
					]"""
				.formatted(preventers, zForce, ageless, empty), org.springframework.test.json.JsonCompareMode.STRICT);
	}

	@Test
	void statsArePagedByOffset() {
		for (int i = 0; i < 5; i++) {
			this.api.createTeam("Team " + i, "x");
		}
		this.http.get()
			.uri("/teams/stats?offset=2&limit=2")
			.header("Prefer", "count=exact")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "5")
			.expectHeader()
			.value("Link",
					(link) -> assertThat(link).contains("offset=4>; rel=\"next\"")
						.contains("offset=0>; rel=\"prev\"")
						.contains("rel=\"first\""))
			.expectBody()
			.jsonPath("$[*].name")
			.isEqualTo(List.of("Team 2", "Team 3"));
		assertValidationProblem(this.http.get().uri("/teams/stats?limit=101").exchange(), "limit");
		assertValidationProblem(this.http.get().uri("/teams/stats?offset=-1").exchange(), "offset");
		this.http.get().uri("/teams/stats?sort=&after=").exchange().expectStatus().isOk();
		for (String parameter : List.of("sort=name", "after=x", "before=x")) {
			assertValidationProblem(this.http.get().uri("/teams/stats?" + parameter).exchange(),
					parameter.substring(0, parameter.indexOf('=')));
		}
	}

	@Test
	void thePreviousPageOfAnOffsetPastTheEndIsTheLastPage() {
		for (int i = 0; i < 5; i++) {
			this.api.createTeam("Team " + i, "x");
		}
		for (String list : List.of("/teams", "/teams/stats")) {
			this.http.get()
				.uri(list + "?offset=50&limit=2")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.value("Link", (link) -> assertThat(link).contains("offset=3>; rel=\"prev\""));
		}
	}

	private long teamId(String name) {
		return this.http.get()
			.uri("/teams?name={name}", name)
			.exchange()
			.returnResult(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.getResponseBody()
			.stream()
			.map((team) -> ((Number) team.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

	private List<String> names(String uri, Object... variables) {
		return this.api.rows(uri, variables).stream().map((row) -> (String) row.get("name")).toList();
	}

}
