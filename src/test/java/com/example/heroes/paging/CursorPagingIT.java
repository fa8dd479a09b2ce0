package com.example.heroes.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.Links;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §6: sorting, and deep paging by the opaque cursors of the {@code Link} header,
 * which neither repeat nor skip a row while other clients insert.
 */
@IntegrationTest
class CursorPagingIT {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	/** Names that tie when case is ignored, and ages that tie or are missing. */
	private static final String[] NAMES = { "alpha", "Alpha", "beta", "Gamma", "gamma", "delta", "Beta" };

	private static final Integer[] AGES = { 20, null, 20, 35, 7, null, 35, 20 };

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@BeforeEach
	void setUp() {
		for (int i = 0; i < 23; i++) {
			this.api.createHero(NAMES[i % NAMES.length], "secret " + i, AGES[i % AGES.length], null);
		}
		// Some rows change, so updated_at differs from created_at and ties across rows.
		for (int id : ids(get("/heroes?limit=100").getResponseBody()).stream().filter((id) -> id % 3 == 0).toList()) {
			this.http.patch()
				.uri("/heroes/{id}", id)
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"name\": \"Epsilon\"}")
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	@ParameterizedTest(name = "sort={0}")
	@ValueSource(strings = { "id", "-id", "name", "-name", "age", "-age", "created_at", "-created_at", "updated_at",
			"-updated_at", "-age,name", "name,-age", "age,-updated_at,name" })
	void walkingTheLinksVisitsEveryRowOnceInOrderWhileOthersInsert(String sort) {
		List<Map<String, Object>> before = get("/heroes?limit=100").getResponseBody();
		List<Integer> expected = ids(sorted(before, sort));

		List<Integer> forward = new ArrayList<>();
		List<List<Integer>> pages = new ArrayList<>();
		String next = "/heroes?limit=4&sort=" + sort;
		int inserted = 0;
		while (next != null) {
			EntityExchangeResult<List<Map<String, Object>>> page = get(next);
			pages.add(ids(page.getResponseBody()));
			forward.addAll(ids(page.getResponseBody()));
			next = Links.parse(page.getResponseHeaders().getFirst("Link")).get("next");
			// Another client inserts rows that sort anywhere, before and after the
			// cursor.
			this.api.createHero(NAMES[inserted % NAMES.length], "late", AGES[inserted % AGES.length], null);
			inserted++;
			assertThat(pages).as("a walk must end").hasSizeLessThan(40);
		}
		assertThat(forward).as("no row twice").doesNotHaveDuplicates();
		assertThat(forward.stream().filter(new HashSet<>(expected)::contains).toList())
			.as("every row that was there, in order")
			.isEqualTo(expected);

		// Back from the last page by the prev links: the same rows, in reverse.
		List<Integer> backward = new ArrayList<>();
		String previous = "/heroes?limit=4&sort=" + sort;
		EntityExchangeResult<List<Map<String, Object>>> page = get(previous);
		String last = null;
		while ((last = Links.parse(page.getResponseHeaders().getFirst("Link")).get("next")) != null) {
			page = get(last);
		}
		while (page != null) {
			List<Integer> rows = new ArrayList<>(ids(page.getResponseBody()));
			Collections.reverse(rows);
			backward.addAll(rows);
			previous = Links.parse(page.getResponseHeaders().getFirst("Link")).get("prev");
			page = (previous != null && previous.contains("before=")) ? get(previous) : null;
		}
		Collections.reverse(backward);
		assertThat(backward).doesNotHaveDuplicates();
		assertThat(backward.stream().filter(new HashSet<>(expected)::contains).toList()).isEqualTo(expected);
	}

	@Test
	void anOffsetPageLinksOnByCursor() {
		EntityExchangeResult<List<Map<String, Object>>> page = get("/heroes?limit=5&offset=5");
		Map<String, String> links = Links.parse(page.getResponseHeaders().getFirst("Link"));
		assertThat(links).containsKeys("next", "prev", "first");
		assertThat(links.get("next")).contains("after=").doesNotContain("offset=").contains("limit=5");
		assertThat(links.get("prev")).contains("offset=0");
		assertThat(links.get("first")).doesNotContain("offset=").doesNotContain("after=");

		EntityExchangeResult<List<Map<String, Object>>> second = get(links.get("next"));
		assertThat(ids(second.getResponseBody())).isEqualTo(ids(get("/heroes?limit=5&offset=10").getResponseBody()));
	}

	@Test
	void theFirstPageHasNoPrevAndTheLastHasNoNext() {
		Map<String, String> first = Links.parse(get("/heroes?limit=10").getResponseHeaders().getFirst("Link"));
		assertThat(first).as("the first of three pages").containsOnlyKeys("next", "first");
		Map<String, String> middle = Links.parse(get(first.get("next")).getResponseHeaders().getFirst("Link"));
		assertThat(middle).as("the second of three pages").containsKeys("next", "prev", "first");
		EntityExchangeResult<List<Map<String, Object>>> last = get(middle.get("next"));
		assertThat(last.getResponseBody()).as("the last page holds the 3 rows left of 23").hasSize(3);
		assertThat(Links.parse(last.getResponseHeaders().getFirst("Link"))).as("the last page")
			.containsOnlyKeys("prev", "first");
		Map<String, String> only = Links.parse(get("/heroes?limit=100").getResponseHeaders().getFirst("Link"));
		assertThat(only).as("a page that is both the first and the last").containsOnlyKeys("first");
	}

	@Test
	void sortingOrdersByTheNamedFieldsAndBreaksTiesById() {
		List<Map<String, Object>> rows = get("/heroes?limit=100&sort=-age,name").getResponseBody();
		assertThat(ids(rows)).isEqualTo(ids(sorted(rows, "-age,name")));
		assertThat(rows.get(0).get("age")).as("a missing age sorts first descending").isNull();
		List<Map<String, Object>> ascending = get("/heroes?limit=100&sort=age").getResponseBody();
		assertThat(ascending.get(ascending.size() - 1).get("age")).as("and last ascending").isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "secret_name", "team_id", "unknown", "name,", "-", "name,name" })
	void aSortFieldThatIsNotAllowedIs422NamingSort(String sort) {
		assertValidationProblem(this.http.get().uri("/heroes?sort={sort}", sort).exchange(), "sort");
	}

	@Test
	void aCursorThatWasAlteredIs422NamingIt() {
		String next = nextLink("/heroes?limit=2");
		String token = next.substring(next.indexOf("after=") + 6);
		// The first character carries six bits of the payload; the last one of unpadded
		// base64 may carry unused bits, and changing only those alters nothing.
		char first = token.charAt(0);
		String altered = (first == 'A' ? 'B' : 'A') + token.substring(1);
		assertValidationProblem(this.http.get().uri("/heroes?limit=2&after={after}", altered).exchange(), "after");
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "eyJzIjoiaGVyb2VzIn0", "a.b", "" })
	void aCursorTheServiceDidNotIssueIs422(String cursor) {
		assertValidationProblem(
				this.http.get().uri("/heroes?after={after}", cursor.isEmpty() ? "." : cursor).exchange(), "after");
	}

	@Test
	void aCursorOfAnotherSortOrListIs422() {
		String next = nextLink("/heroes?limit=2&sort=name");
		String token = next.substring(next.indexOf("after=") + 6);
		assertValidationProblem(this.http.get().uri("/heroes?sort=age&after={after}", token).exchange(), "after");
		assertValidationProblem(this.http.get().uri("/heroes?after={after}", token).exchange(), "after");
		this.api.createTeam("A", "x");
		assertValidationProblem(this.http.get().uri("/teams?sort=name&after={after}", token).exchange(), "after");
	}

	@Test
	void aCursorOfOneListIsRefusedByEveryOtherListOfTheSameKind() {
		long one = this.api.createTeam("One", "x");
		long two = this.api.createTeam("Two", "y");
		long first = this.api.createHero("One A", "s", null, one);
		long second = this.api.createHero("One B", "s", null, one);
		this.api.createHero("Two A", "s", null, two);
		this.api.createHero("Two B", "s", null, two);
		for (long team : List.of(one, two)) {
			for (long hero : List.of(first, second)) {
				this.http.put().uri("/teams/{t}/members/{h}", team, hero).exchange().expectStatus().is2xxSuccessful();
			}
		}
		String allHeroes = cursor("/heroes?limit=1");
		String heroesOfOne = cursor("/teams/" + one + "/heroes?limit=1");
		String membersOfOne = cursor("/teams/" + one + "/members?limit=1");
		String teamsOfFirst = cursor("/heroes/" + first + "/teams?limit=1");

		assertRefused("/teams/" + one + "/heroes", allHeroes);
		assertRefused("/heroes", heroesOfOne);
		assertRefused("/teams/" + two + "/heroes", heroesOfOne);
		assertRefused("/teams/" + two + "/members", membersOfOne);
		assertRefused("/heroes/" + second + "/teams", teamsOfFirst);
		// Each still reads on in its own list.
		get("/teams/" + one + "/heroes?limit=1&after=" + heroesOfOne);
		get("/teams/" + one + "/members?limit=1&after=" + membersOfOne);
		get("/heroes/" + first + "/teams?limit=1&after=" + teamsOfFirst);
	}

	@Test
	void aPlusInAFilterSurvivesTheLinks() {
		this.api.createHero("C++ Hero", "s", 1, null);
		this.api.createHero("C++ Other", "s", 2, null);
		this.api.createHero("C   Plain", "s", 3, null);
		var first = this.http.get()
			.uri("/heroes?limit=1&name_contains={text}", "C++")
			.exchange()
			.returnResult(String.class);
		String next = Links.parse(first.getResponseHeaders().getFirst("Link")).get("next");
		assertThat(next).contains("name_contains=C%2B%2B");
		assertThat(get(next).getResponseBody()).extracting((hero) -> hero.get("name")).containsExactly("C++ Other");
	}

	private String cursor(String uri) {
		String next = nextLink(uri);
		return next.substring(next.indexOf("after=") + 6);
	}

	private void assertRefused(String list, String cursor) {
		assertValidationProblem(this.http.get().uri(this.api.absolute(list + "?limit=1&after=" + cursor)).exchange(),
				"after");
	}

	@Test
	void aCursorCannotBeCombinedWithAnOffsetOrAnotherCursor() {
		String next = nextLink("/heroes?limit=2");
		String token = next.substring(next.indexOf("after=") + 6);
		assertValidationProblem(this.http.get().uri("/heroes?offset=2&after={after}", token).exchange(), "offset");
		assertValidationProblem(this.http.get().uri("/heroes?before={before}&after={after}", token, token).exchange(),
				"before");
	}

	@Test
	void anOffsetPastTheEndIsAnEmptyPage() {
		EntityExchangeResult<List<Map<String, Object>>> page = get("/heroes?offset=1000");
		assertThat(page.getResponseBody()).isEmpty();
		assertThat(page.getResponseHeaders().getFirst("X-Total-Count")).isNull();
	}

	private String nextLink(String uri) {
		return Links.parse(get(uri).getResponseHeaders().getFirst("Link")).get("next");
	}

	private EntityExchangeResult<List<Map<String, Object>>> get(String uri) {
		return this.http.get().uri(this.api.absolute(uri)).exchange().expectStatus().isOk().returnResult(ROWS);
	}

	private static List<Integer> ids(List<Map<String, Object>> rows) {
		return rows.stream().map((row) -> ((Number) row.get("id")).intValue()).toList();
	}

	/** The rows in the order the service promises, computed here independently. */
	private static List<Map<String, Object>> sorted(List<Map<String, Object>> rows, String sort) {
		Comparator<Map<String, Object>> order = null;
		boolean lastDescending = false;
		boolean hasId = false;
		for (String term : sort.split(",")) {
			boolean descending = term.startsWith("-");
			String field = descending ? term.substring(1) : term;
			Comparator<Map<String, Object>> next = switch (field) {
				case "id" -> Comparator.comparing((Map<String, Object> row) -> ((Number) row.get("id")).longValue());
				case "name" ->
					Comparator.comparing((Map<String, Object> row) -> ((String) row.get("name")).toLowerCase());
				case "age" -> Comparator.comparing((Map<String, Object> row) -> (row.get("age") != null)
						? ((Number) row.get("age")).intValue() : Integer.MAX_VALUE);
				case "created_at", "updated_at" ->
					Comparator.comparing((Map<String, Object> row) -> Instant.parse((String) row.get(field)));
				default -> throw new IllegalArgumentException(field);
			};
			next = descending ? next.reversed() : next;
			order = (order == null) ? next : order.thenComparing(next);
			lastDescending = descending;
			hasId |= field.equals("id");
		}
		if (!hasId) {
			Comparator<Map<String, Object>> byId = Comparator
				.comparing((Map<String, Object> row) -> ((Number) row.get("id")).longValue());
			order = order.thenComparing(lastDescending ? byId.reversed() : byId);
		}
		List<Map<String, Object>> copy = new ArrayList<>(rows);
		copy.sort(order);
		return copy;
	}

}
