package com.example.heroes.paging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import com.example.heroes.support.Api;
import com.example.heroes.support.DatabaseCleaner;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.KeepsRows;
import com.example.heroes.support.Links;
import com.example.heroes.support.SqlStatements;
import com.example.heroes.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter and sort is backed by an index the planner uses. With 150,000 heroes and
 * 100,000 teams, enough that PostgreSQL would scan the table rather than use a useless
 * index, each list request is sent over HTTP, and the very SQL it sent, with its bound
 * parameters, is run through EXPLAIN.
 */
@IntegrationTest
@KeepsRows
class QueryPlanIT {

	private static final int HEROES = 150_000;

	private static final int TEAMS = 100_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Autowired
	SqlStatements sql;

	/**
	 * Seeds through a connection of its own: the application's pool gives up on
	 * statements that take more than a few seconds, as a bulk load of this size does.
	 */
	@BeforeAll
	static void seed(@Autowired DatabaseCleaner cleaner) throws Exception {
		cleaner.clean();
		try (Connection connection = connect()) {
			seed(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
		}
	}

	private static void seed(JdbcTemplate jdbc) {
		jdbc.execute("""
				INSERT INTO team (name, headquarters)
				SELECT 'Team ' || g || ' ' || substr(md5('t' || g), 1, 8), 'HQ ' || g
				FROM generate_series(1, %d) g""".formatted(TEAMS));
		jdbc.execute(
				"""
						WITH teams AS (SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM team ORDER BY id LIMIT 5000) t)
						INSERT INTO hero (name, secret_name, age, team_id, created_at, updated_at)
						SELECT 'Hero ' || substr(md5(g::text), 1, 10), 'secret',
						       CASE WHEN g %% 50 = 0 THEN NULL ELSE (g * 7919) %% 10001 END,
						       CASE WHEN g %% 50 = 1 THEN NULL ELSE teams.ids[1 + g %% 5000] END,
						       now() - make_interval(secs => g),
						       now() - make_interval(secs => g) + make_interval(secs => (g * 31) %% 1000)
						FROM generate_series(1, %d) g, teams"""
					.formatted(HEROES));
		jdbc.execute("""
				INSERT INTO team_member (team_id, hero_id, role, joined_at)
				SELECT team_id, id, 'member', created_at FROM hero WHERE team_id IS NOT NULL""");
		// One crowded team and one hero of many teams, whose lists the planner must page
		// in index order rather than sort.
		jdbc.execute("""
				INSERT INTO team_member (team_id, hero_id, role, joined_at)
				SELECT (SELECT min(id) FROM team), id, 'member', created_at FROM hero
				WHERE team_id <> (SELECT min(id) FROM team) ORDER BY id LIMIT 20000""");
		jdbc.execute(
				"""
						INSERT INTO team_member (team_id, hero_id, role, joined_at)
						SELECT t.id, (SELECT min(id) FROM hero WHERE team_id IS NOT NULL), 'member', now() - make_interval(secs => t.id)
						FROM team t WHERE t.id <> (SELECT team_id FROM hero WHERE id = (SELECT min(id) FROM hero WHERE team_id IS NOT NULL))
						ORDER BY t.id LIMIT 20000
						ON CONFLICT DO NOTHING""");
		jdbc.execute("ANALYZE team");
		jdbc.execute("ANALYZE hero");
		jdbc.execute("ANALYZE team_member");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			name                  | /heroes?name=hero+c4ca4238a0                     | hero_name_lower_id_idx
			name_contains         | /heroes?name_contains=a87ff6                     | hero_name_trgm_idx
			age                   | /heroes?age=5000                                 | hero_age_idx
			age_gte               | /heroes?age_gte=9990                             | hero_age_idx
			age_lte               | /heroes?age_lte=5                                | hero_age_idx
			age range             | /heroes?age_gte=5000&age_lte=5005                | hero_age_idx
			team_id               | /heroes?team_id=%s                               | hero_team_id_id_age_idx
			team_id twice         | /heroes?team_id=%s&team_id=%s                    | hero_team_id_id_age_idx
			has_team=false        | /heroes?has_team=false                           | hero_team_id_id_age_idx
			team                  | /heroes?team=team+7+8f14e45f                     | hero_team_id_id_age_idx
			team name             | /teams?name=TEAM+7+8f14e45f                      | team_name_lower
			team name_contains    | /teams?name_contains=8f14e4                      | team_name_trgm_idx
			a team's heroes       | /teams/%s/heroes                                 | hero_team_id_id_age_idx
			""")
	void everyFilterIsAnsweredFromAnIndex(String label, String uri, String index) throws Exception {
		long team = firstTeamId();
		List<Plan> plans = plansOf(uri.replace("%s", Long.toString(team)));
		assertThat(plans.stream().flatMap((plan) -> plan.indexes().stream()))
			.as("indexes used by the queries of %s: %s", uri, plans)
			.anyMatch((name) -> name.startsWith(index));
		assertThat(plans).as("no query of %s scans a whole table", uri)
			.allSatisfy((plan) -> assertThat(plan.seqScans()).isEmpty());
	}

	@ParameterizedTest(name = "sort={0}")
	@CsvSource(delimiter = '|', textBlock = """
			id            | hero_pkey
			-id           | hero_pkey
			name          | hero_name_lower_id_idx
			-name         | hero_name_lower_id_idx
			age           | hero_age_sort_idx
			-age          | hero_age_sort_idx
			created_at    | hero_created_at_id_idx
			-created_at   | hero_created_at_id_idx
			updated_at    | hero_updated_at_id_idx
			-updated_at   | hero_updated_at_id_idx
			""")
	void everyHeroSortReadsAnIndexInOrder(String sort, String index) throws Exception {
		Plan page = pageOf("/heroes?limit=100&sort=" + sort);
		assertThat(page.indexes()).as("%s", page).contains(index);
		assertThat(page.seqScans()).isEmpty();
		assertThat(page.sorts()).as("the index gives the order; nothing is sorted").isEmpty();
	}

	@ParameterizedTest(name = "sort={0}")
	@CsvSource(delimiter = '|', textBlock = """
			name          | team_name_lower_id_idx
			-created_at   | team_created_at_id_idx
			updated_at    | team_updated_at_id_idx
			""")
	void everyTeamSortReadsAnIndexInOrder(String sort, String index) throws Exception {
		Plan page = pageOf("/teams?limit=100&sort=" + sort);
		assertThat(page.indexes()).as("%s", page).contains(index);
		assertThat(page.sorts()).isEmpty();
	}

	@ParameterizedTest(name = "sort={0}")
	@CsvSource({ "id", "-age", "name", "-updated_at" })
	void aDeepCursorPageStartsItsIndexScanAtTheCursor(String sort) throws Exception {
		String uri = "/heroes?limit=100&offset=90000&sort=" + sort;
		String next = Links
			.parse(this.http.get()
				.uri(this.api.absolute(uri))
				.exchange()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst("Link"))
			.get("next");
		Plan page = pageOf(next);
		assertThat(page.indexConditions()).as("the keyset bound is an index condition: %s", page).isNotEmpty();
		assertThat(page.seqScans()).isEmpty();
		assertThat(page.sorts()).isEmpty();
		assertThat(page.totalCost()).as("a deep page costs what the first does")
			.isLessThan(pageOf("/heroes?limit=100&sort=" + sort).totalCost() * 3 + 50);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a team's members              | /teams/%s/members                  | team_member_pkey
			by joined_at                  | /teams/%s/members?sort=joined_at   | team_member_team_joined_idx
			a hero's teams                | /heroes/%h/teams                   | team_member_hero_id_team_id_idx
			a hero's teams by joined_at   | /heroes/%h/teams?sort=-joined_at   | team_member_hero_joined_idx
			""")
	void membershipListsReadTheirIndexes(String label, String uri, String index) throws Exception {
		long hero = firstHeroWithATeam();
		List<Plan> plans = plansOf(uri.replace("%s", Long.toString(firstTeamId())).replace("%h", Long.toString(hero)));
		Plan page = plans.stream().filter(Plan::isPage).findFirst().orElseThrow();
		assertThat(page.indexes()).as("%s", page).contains(index);
		assertThat(page.sorts()).isEmpty();
		assertThat(plans).allSatisfy((plan) -> assertThat(plan.seqScans()).isEmpty());
	}

	@Test
	void theSeededDataIsLargeEnoughThatATableScanWouldBeCheaperWithoutIndexes(@Autowired JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject("SELECT count(*) FROM hero", Long.class)).isGreaterThanOrEqualTo(100_000L);
		assertThat(jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = 'hero'", Float.class))
			.isGreaterThan(100_000f);
	}

	private long firstTeamId() {
		return single("SELECT min(id) FROM team");
	}

	private long firstHeroWithATeam() {
		return single("SELECT min(id) FROM hero WHERE team_id IS NOT NULL");
	}

	private long single(String query) {
		try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Plan pageOf(String uri) throws Exception {
		return plansOf(uri).stream().filter(Plan::isPage).findFirst().orElseThrow();
	}

	/** Sends the request and EXPLAINs every SELECT it made. */
	private List<Plan> plansOf(String uri) throws Exception {
		this.sql.clear();
		// Counted, so that the plan of the count query is checked too.
		this.http.get().uri(this.api.absolute(uri)).header("Prefer", "count=exact").exchange().expectStatus().isOk();
		List<Plan> plans = new ArrayList<>();
		try (Connection connection = connect()) {
			for (SqlStatements.Execution execution : this.sql.executions()) {
				String query = execution.sql().get(0);
				try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + query)) {
					execution.bind(explain);
					try (ResultSet result = explain.executeQuery()) {
						result.next();
						plans.add(new Plan(query, JSON.readTree(result.getString(1)).get(0).get("Plan")));
					}
				}
			}
		}
		return plans;
	}

	private static Connection connect() throws Exception {
		Connection connection = TestDatabase.get().connect();
		connection.setSchema("heroes");
		return connection;
	}

	/** One statement's plan, and what it does to each table. */
	record Plan(String sql, JsonNode root) {

		boolean isPage() {
			return this.sql.contains("order by");
		}

		double totalCost() {
			return this.root.get("Total Cost").asDouble();
		}

		List<String> indexes() {
			return values("Index Name");
		}

		List<String> indexConditions() {
			return values("Index Cond");
		}

		List<String> seqScans() {
			List<String> tables = new ArrayList<>();
			walk(this.root, (node) -> {
				if (node.path("Node Type").asString().equals("Seq Scan")) {
					tables.add(node.path("Relation Name").asString());
				}
			});
			return tables;
		}

		List<String> sorts() {
			List<String> sorts = new ArrayList<>();
			walk(this.root, (node) -> {
				if (node.path("Node Type").asString().contains("Sort")) {
					sorts.add(node.path("Node Type").asString());
				}
			});
			return sorts;
		}

		private List<String> values(String field) {
			List<String> values = new ArrayList<>();
			walk(this.root, (node) -> {
				if (node.has(field)) {
					values.add(node.get(field).asString());
				}
			});
			return values;
		}

		private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visitor) {
			visitor.accept(node);
			node.path("Plans").forEach((child) -> walk(child, visitor));
		}

		@Override
		public String toString() {
			return this.sql + "\n" + this.root.toPrettyString();
		}

	}

}
