package com.example.heroes.paging;

import java.net.URI;
import java.util.List;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.Links;
import com.example.heroes.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Totals on demand (API.md §6): a list counts its rows only when the client asks with
 * {@code Prefer: count=exact} or {@code count=estimated}, and says what it applied.
 */
@IntegrationTest
class TotalCountIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Autowired
	SqlStatements sql;

	@Autowired
	JdbcTemplate jdbc;

	long team;

	long hero;

	@BeforeEach
	void setUp() {
		this.team = this.api.createTeam("Preventers", "Sharp Tower");
		long other = this.api.createTeam("Z-Force", "Sister Margaret's Bar");
		for (int i = 0; i < 7; i++) {
			this.hero = this.api.createHero("Hero " + i, "s", 20 + i, (i < 4) ? this.team : null);
		}
		this.http.put().uri("/teams/{team}/members/{hero}", this.team, this.hero).exchange();
		this.http.put().uri("/teams/{team}/members/{hero}", other, this.hero).exchange();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/heroes", "/teams", "/teams/{team}/heroes", "/teams/{team}/members",
			"/heroes/{hero}/teams", "/teams/stats" })
	void aListWithoutThePreferenceCarriesNoCount(String list) {
		this.http.get()
			.uri(uri(list))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-Total-Count")
			.expectHeader()
			.doesNotExist("Preference-Applied")
			.expectHeader()
			.value(HttpHeaders.VARY, (vary) -> assertThat(vary).contains("Prefer"));
	}

	@ParameterizedTest(name = "count={0}")
	@ValueSource(strings = { "exact", "estimated" })
	void everyListCountsTheMatchingRowsWhenAskedAndSaysSo(String counting) {
		assertCount("/heroes", counting, 7);
		assertCount("/heroes?has_team=true&age_gte=21", counting, 3);
		assertCount("/heroes?limit=2", counting, 7);
		assertCount("/heroes?offset=5&limit=1", counting, 7);
		assertCount("/heroes?offset=100", counting, 7);
		assertCount("/teams", counting, 2);
		assertCount("/teams/{team}/heroes?limit=1", counting, 4);
		assertCount("/teams/{team}/members?limit=1", counting, 1);
		assertCount("/heroes/{hero}/teams?limit=1", counting, 2);
		assertCount("/teams/stats?limit=1", counting, 2);
	}

	@Test
	void aCursorPageIsCountedWhenAsked() {
		String next = Links
			.parse(this.http.get()
				.uri("/heroes?limit=2")
				.exchange()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst(HttpHeaders.LINK))
			.get("next");
		assertCount(next, "exact", 7);
	}

	@Test
	void aPreferenceTheServiceDoesNotKnowIsIgnored() {
		this.http.get()
			.uri("/heroes")
			.header("Prefer", "count=planned, return=minimal")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-Total-Count")
			.expectHeader()
			.doesNotExist("Preference-Applied");
	}

	@Test
	void anEstimatedCountOfALargeListIsThePlannersEstimateWithoutCountingTheRows() {
		this.jdbc.update("""
				insert into hero (name, secret_name, age) select 'Bulk ' || g, 's', g % 100
				from generate_series(1, 30000) g""");
		this.jdbc.execute("analyze hero");
		this.sql.clear();
		String total = this.http.get()
			.uri("/heroes?age_gte=50&limit=1")
			.header("Prefer", "count=estimated")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Preference-Applied", "count=estimated")
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Total-Count");
		// 15,000 rows match; the planner's estimate is close, and no statement counted
		// them.
		assertThat(Long.parseLong(total)).isBetween(12_000L, 18_000L);
		List<String> statements = this.sql.executions()
			.stream()
			.flatMap((execution) -> execution.sql().stream())
			.toList();
		assertThat(statements).as(this.sql.describe())
			.anySatisfy((statement) -> assertThat(statement).startsWith("EXPLAIN (FORMAT JSON) select"))
			.noneSatisfy((statement) -> assertThat(statement).containsIgnoringCase("count("));
	}

	@Test
	void anExactCountOfALargeListCountsEveryRow() {
		this.jdbc.update("""
				insert into hero (name, secret_name, age) select 'Bulk ' || g, 's', g % 100
				from generate_series(1, 30000) g""");
		assertCount("/heroes?age_gte=50&limit=1", "exact", 15_000);
	}

	private void assertCount(String uri, String counting, long expected) {
		this.http.get()
			.uri(this.api
				.absolute(uri.replace("{team}", Long.toString(this.team)).replace("{hero}", Long.toString(this.hero))))
			.header("Prefer", "count=" + counting)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", Long.toString(expected))
			.expectHeader()
			.valueEquals("Preference-Applied", "count=" + counting);
	}

	private URI uri(String list) {
		return this.api
			.absolute(list.replace("{team}", Long.toString(this.team)).replace("{hero}", Long.toString(this.hero)));
	}

}
