package com.example.heroes.paging;

import java.util.List;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.Links;
import com.example.heroes.support.SqlStatements;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: every read and list endpoint costs a fixed number of SQL round trips, whatever
 * the page size and however many heroes a team has. Counted on the wire, by a proxy
 * around the application's DataSource.
 */
@IntegrationTest
class StatementCountIT {

	@Autowired
	RestTestClient http;

	@Autowired
	SqlStatements sql;

	@Autowired
	Api api;

	long bigTeam;

	long smallTeam;

	@BeforeEach
	void setUp() {
		this.bigTeam = this.api.createTeam("Big", "x");
		this.smallTeam = this.api.createTeam("Small", "x");
		for (int i = 0; i < 30; i++) {
			this.api.createHero("Hero " + i, "s", i, this.bigTeam);
		}
		this.api.createHero("Solo", "s", 50, this.smallTeam);
	}

	@ParameterizedTest(name = "limit={0}")
	@ValueSource(ints = { 1, 10, 100 })
	void anOffsetPageCostsOneStatement(int limit) {
		assertStatements(1, "/heroes?limit=" + limit);
		assertStatements(1, "/heroes?limit=" + limit + "&sort=-age,name&name_contains=hero&team=big&age_gte=3");
		assertStatements(1, "/teams?limit=" + limit);
		assertStatements(1, "/heroes?offset=5&limit=" + limit);
	}

	@Test
	void aCountAskedForCostsMoreStatementsUnlessThePageReachesTheEnd() {
		assertStatements(2, "/heroes?limit=10", "count=exact");
		// The planner's estimate, then, as the list is small, the exact count.
		assertStatements(3, "/heroes?limit=10", "count=estimated");
		assertStatements(2, "/heroes?limit=1&after=" + nextCursor(), "count=exact");
		assertStatements(1, "/heroes?limit=100", "count=exact");
		assertStatements(1, "/heroes?offset=20&limit=100", "count=exact");
		assertStatements(2, "/heroes?offset=1000", "count=exact");
		assertStatements(1, "/teams/stats", "count=exact");
		assertStatements(2, "/teams/stats?limit=1", "count=exact");
	}

	@ParameterizedTest(name = "limit={0}")
	@ValueSource(ints = { 1, 10, 100 })
	void aCursorPageCostsOneStatement(int limit) {
		String next = Links
			.parse(this.http.get()
				.uri("/heroes?limit=1&sort=age")
				.exchange()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst("Link"))
			.get("next");
		assertStatements(1, next.replace("limit=1", "limit=" + limit));
	}

	private String nextCursor() {
		String next = Links
			.parse(this.http.get()
				.uri("/heroes?limit=1")
				.exchange()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst("Link"))
			.get("next");
		return next.substring(next.indexOf("after=") + "after=".length());
	}

	@Test
	void readingAHeroWithItsTeamCostsOneStatement() {
		long hero = this.api.createHero("Rusty", "s", 1, this.bigTeam);
		long loner = this.api.createHero("Loner", "s", 1, null);
		assertStatements(1, "/heroes/" + hero);
		assertStatements(1, "/heroes/" + loner);
	}

	@Test
	void readingATeamWithItsHeroesCostsOneStatementWhateverItsSize() {
		long empty = this.api.createTeam("Empty", "x");
		assertStatements(1, "/teams/" + empty);
		assertStatements(1, "/teams/" + this.smallTeam);
		assertStatements(1, "/teams/" + this.bigTeam);
	}

	@ParameterizedTest(name = "limit={0}")
	@ValueSource(ints = { 1, 100 })
	void aTeamsHeroesCostTheCheckAndTheRows(int limit) {
		assertStatements(2, "/teams/" + this.bigTeam + "/heroes?limit=" + limit);
	}

	@ParameterizedTest(name = "limit={0}")
	@ValueSource(ints = { 1, 100 })
	void statsCostOneAggregate(int limit) {
		assertStatements(1, "/teams/stats?limit=" + limit);
	}

	@ParameterizedTest(name = "limit={0}")
	@ValueSource(ints = { 1, 100 })
	void membershipListsCostTheCheckTheRowsAndOneReadOfTheOtherSide(int limit) {
		long hero = this.api.createHero("Joiner", "s", 1, null);
		for (int i = 0; i < 5; i++) {
			long team = this.api.createTeam("Club " + i, "x");
			this.http.put().uri("/teams/{team}/members/{hero}", team, hero).exchange().expectStatus().isCreated();
			this.http.put().uri("/teams/{team}/members/{hero}", team, this.bigTeam).exchange();
		}
		for (long member = hero - 30; member <= hero; member++) {
			this.http.put().uri("/teams/{team}/members/{hero}", this.bigTeam, member).exchange();
		}
		assertStatements(3, "/teams/" + this.bigTeam + "/members?limit=" + limit);
		assertStatements(3, "/heroes/" + hero + "/teams?limit=" + limit);
	}

	@Test
	void readsRunWithoutATransactionSoNoBeginOrCommitGoesWithThem() {
		long hero = this.api.createHero("Rusty", "s", 1, this.bigTeam);
		for (String read : List.of("/heroes/" + hero, "/teams/" + this.bigTeam, "/heroes?limit=5",
				"/teams/" + this.bigTeam + "/heroes", "/teams/stats", "/heroes/" + hero + "/teams")) {
			this.sql.clear();
			this.http.get().uri(read).exchange().expectStatus().isOk();
			assertThat(this.sql.executions()).as("statements of GET %s:%n%s", read, this.sql.describe())
				.isNotEmpty()
				.allSatisfy((execution) -> assertThat(execution.autoCommit()).isTrue());
		}
	}

	@Test
	void writesRunInATransaction() {
		long hero = this.api.createHero("Rusty", "s", 1, this.bigTeam);
		this.sql.clear();
		this.http.patch()
			.uri("/heroes/{id}", hero)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"age\": 2}")
			.exchange()
			.expectStatus()
			.isOk();
		// The last is the COMMIT, sent with the SELECT of the Consistency-Token's
		// position.
		assertThat(this.sql.executions()).as(this.sql.describe())
			.isNotEmpty()
			.allSatisfy((execution) -> assertThat(execution.autoCommit()).isFalse())
			.last()
			.satisfies((execution) -> assertThat(execution.sql().get(0)).startsWith("COMMIT"));
	}

	@Test
	void aCreateCostsItsInsertAndACommitThatAlsoReadsTheConsistencyToken() {
		this.sql.clear();
		String token = this.http.post()
			.uri("/heroes")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Rusty\", \"secret_name\": \"s\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Consistency-Token");
		assertThat(token).isNotBlank();
		// The INSERT (with the driver's BEGIN); then COMMIT and SELECT
		// pg_current_wal_lsn()
		// sent together: two round trips, and nothing of Hibernate's.
		assertThat(statementsBesideIds()).as("%s(commits: %d)", this.sql.describe(), this.sql.commits())
			.extracting((execution) -> execution.sql().get(0))
			.satisfiesExactly((insert) -> assertThat(insert).startsWith("INSERT INTO hero"),
					(commit) -> assertThat(commit).isEqualTo("COMMIT; SELECT pg_current_wal_lsn()::text"));
		assertThat(this.sql.commits()).isZero();
	}

	@Test
	void heroIdsAreDrawnFromTheSequenceFiftyAtATime() {
		this.sql.clear();
		for (int i = 0; i < 100; i++) {
			this.api.createHero("Hero " + i, "s", null, null);
		}
		assertThat(this.sql.executions()).filteredOn(StatementCountIT::drawsIds).hasSizeBetween(2, 3);
		assertThat(statementsBesideIds()).hasSize(200);
	}

	private List<SqlStatements.Execution> statementsBesideIds() {
		return this.sql.executions().stream().filter((execution) -> !drawsIds(execution)).toList();
	}

	private static boolean drawsIds(SqlStatements.Execution execution) {
		return execution.sql().get(0).contains("nextval('hero_id_seq')");
	}

	@Test
	void hibernateFailsRatherThanPagingACollectionFetchInMemory(@Autowired EntityManagerFactory factory) {
		assertThat(factory.getProperties()).containsEntry("hibernate.query.fail_on_pagination_over_collection_fetch",
				"true");
	}

	private void assertStatements(int expected, String uri) {
		assertStatements(expected, uri, null);
	}

	private void assertStatements(int expected, String uri, String prefer) {
		this.sql.clear();
		this.http.get().uri(this.api.absolute(uri)).headers((headers) -> {
			if (prefer != null) {
				headers.set("Prefer", prefer);
			}
		}).exchange().expectStatus().isOk();
		assertThat(this.sql.count()).as("statements of GET %s (Prefer: %s):%n%s", uri, prefer, this.sql.describe())
			.isEqualTo(expected);
	}

}
