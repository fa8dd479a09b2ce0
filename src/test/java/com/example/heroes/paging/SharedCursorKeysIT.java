package com.example.heroes.paging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.example.heroes.HeroesApplication;
import com.example.heroes.config.HeroesProperties;
import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.Links;
import com.example.heroes.support.Race;
import com.example.heroes.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §12: a cursor issued by one instance is honoured by every other with no
 * configuration, because the signing keys live in the database; keys rotate, and a cursor
 * signed with the key before is still honoured for the grace period. Two instances run
 * here: the test's application, and a second one started beside it on the same database.
 * Time is moved by ageing the keys' rows.
 */
@IntegrationTest
class SharedCursorKeysIT {

	private static ConfigurableApplicationContext other;

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CursorKeys keys;

	@Autowired
	HeroesProperties properties;

	@BeforeAll
	static void startAnotherInstance() {
		TestDatabase database = TestDatabase.get();
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + database.applicationUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password()));
		if (TestDatabase.throughPgBouncer()) {
			arguments.addAll(List.of("--spring.flyway.url=" + database.url(),
					"--spring.flyway.user=" + database.username(), "--spring.flyway.password=" + database.password()));
		}
		other = new SpringApplicationBuilder(HeroesApplication.class).run(arguments.toArray(String[]::new));
	}

	@AfterAll
	static void stopTheOtherInstance() {
		other.close();
	}

	@BeforeEach
	void fiveHeroes() {
		for (int i = 1; i <= 5; i++) {
			this.api.createHero("Hero " + i, "secret", i, null);
		}
	}

	@Test
	void aCursorFromOneInstanceWorksAtTheOther() throws Exception {
		String next = nextLink(get(here("/heroes?limit=2")));
		HttpResponse<String> second = get(there(next));
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("Hero 3", "Hero 4").doesNotContain("Hero 2", "Hero 5");

		HttpResponse<String> third = get(here(nextLink(second)));
		assertThat(third.statusCode()).isEqualTo(200);
		assertThat(third.body()).contains("Hero 5").doesNotContain("Hero 4");
	}

	@Test
	void aForgedCursorIsRefusedByEveryInstance() throws Exception {
		String next = nextLink(get(here("/heroes?limit=2")));
		// The signature's first character carries six bits of it (its last may carry
		// padding).
		int signature = next.lastIndexOf('.') + 1;
		char first = next.charAt(signature);
		String forged = next.substring(0, signature) + ((first == 'A') ? 'B' : 'A') + next.substring(signature + 1);
		assertThat(get(here(forged)).statusCode()).isEqualTo(422);
		assertThat(get(there(forged)).statusCode()).isEqualTo(422);
	}

	@Test
	void afterARotationOldCursorsWorkForTheGracePeriodOnly() throws Exception {
		String old = nextLink(get(here("/heroes?limit=2")));

		// The newest key reaches the rotation age: the next refresh makes its successor.
		ageKeys(this.properties.cursorKeys().rotation().plusHours(1), false);
		refreshBoth();
		assertThat(generations()).isEqualTo(2);
		assertThat(nextLink(get(here("/heroes?limit=2")))).as("a new key is not used before every instance knows it")
			.isEqualTo(old);

		// The successor is published (older than two refreshes) and signs from now on.
		ageKeys(this.properties.cursorKeys().refresh().multipliedBy(3), true);
		refreshBoth();
		String fresh = nextLink(get(there("/heroes?limit=2")));
		assertThat(fresh).isNotEqualTo(old);
		assertThat(get(here(fresh)).statusCode()).isEqualTo(200);
		assertThat(get(here(old)).statusCode()).as("within the grace period").isEqualTo(200);
		assertThat(get(there(old)).statusCode()).as("within the grace period").isEqualTo(200);

		// The grace period is over: the old key is gone.
		ageKeys(this.properties.cursorKeys().grace().multipliedBy(2), true);
		refreshBoth();
		assertThat(generations()).isEqualTo(1);
		assertThat(get(here(old)).statusCode()).isEqualTo(422);
		assertThat(get(there(old)).statusCode()).isEqualTo(422);
		assertThat(get(there(fresh)).statusCode()).isEqualTo(200);
	}

	@Test
	void instancesStartingAtTheSameMomentOnAnEmptyTableAgreeOnOneKey() throws Exception {
		this.jdbc.sql("DELETE FROM cursor_key").update();
		List<byte[]> signing = Race.of(8, (n) -> {
			SharedCursorKeys starting = new SharedCursorKeys(this.jdbc, this.properties.cursorKeys());
			starting.afterSingletonsInstantiated();
			return starting.signing().getEncoded();
		});
		assertThat(signing).allSatisfy((key) -> assertThat(Arrays.equals(key, signing.get(0))).isTrue());
		assertThat(generations()).isEqualTo(1);

		refreshBoth();
		assertThat(get(there(nextLink(get(here("/heroes?limit=2")))))).extracting(HttpResponse::statusCode)
			.isEqualTo(200);
	}

	/** Moves the keys' creation (all of them, or the newest) back by {@code by}. */
	private void ageKeys(Duration by, boolean newestOnly) {
		this.jdbc
			.sql("UPDATE cursor_key SET created_at = created_at - make_interval(secs => :seconds)"
					+ (newestOnly ? " WHERE generation = (SELECT max(generation) FROM cursor_key)" : ""))
			.param("seconds", by.toSeconds())
			.update();
	}

	private int generations() {
		return this.jdbc.sql("SELECT count(*) FROM cursor_key").query(Integer.class).single();
	}

	private void refreshBoth() {
		((SharedCursorKeys) this.keys).refresh();
		((SharedCursorKeys) other.getBean(CursorKeys.class)).refresh();
	}

	private URI here(String pathOrUrl) {
		return URI.create("http://localhost:" + this.port + path(pathOrUrl));
	}

	private URI there(String pathOrUrl) {
		int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
		return URI.create("http://localhost:" + otherPort + path(pathOrUrl));
	}

	private static String path(String pathOrUrl) {
		URI uri = URI.create(pathOrUrl);
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	private HttpResponse<String> get(URI uri) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String nextLink(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		String next = Links.parse(response.headers().firstValue("Link").orElse(null)).get("next");
		assertThat(next).as("a next link").isNotNull();
		return next;
	}

}
