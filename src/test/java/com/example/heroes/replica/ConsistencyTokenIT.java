package com.example.heroes.replica;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.example.heroes.support.ProblemAssert.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §12: every successful write answers with a {@code Consistency-Token}, and a read
 * that sends one back is served (here, with no replica, by the primary); a value that is
 * not a token is a 422 naming the header.
 */
@IntegrationTest
class ConsistencyTokenIT {

	private static final String TOKEN = "[0-9A-F]{1,8}/[0-9A-F]{1,8}";

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Test
	void everySuccessfulWriteAnswersWithAToken() {
		String created = this.http.post()
			.uri("/teams")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Preventers\", \"headquarters\": \"Sharp Tower\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Consistency-Token");
		assertThat(created).matches(TOKEN);
		long team = this.api.createTeam("Z-Force", "Bar");
		long hero = this.api.createHero("Deadpond", "Dive Wilson", 30, team);

		assertThat(this.http.patch()
			.uri("/heroes/{id}", hero)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"age\": 31}")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Consistency-Token")).matches(TOKEN);
		assertThat(this.http.put()
			.uri("/teams/{team}/members/{hero}", team, hero)
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Consistency-Token")).matches(TOKEN);
		assertThat(this.http.delete()
			.uri("/heroes/{id}", hero)
			.exchange()
			.expectStatus()
			.isNoContent()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Consistency-Token")).matches(TOKEN);
	}

	/**
	 * The token is read in the commit's own round trip; this checks, in the WAL itself
	 * (pg_walinspect), that it is past the write's commit record, as a replica must have
	 * replayed that record to show the write.
	 */
	@Test
	void aWritesTokenIsPastItsCommitRecordInTheWal(@Autowired JdbcClient jdbc) {
		jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_walinspect").update();
		String before = jdbc.sql("SELECT pg_current_wal_lsn()::text").query(String.class).single();
		var created = this.http.post()
			.uri("/heroes")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Deadpond\", \"secret_name\": \"Dive Wilson\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders();
		String token = created.getFirst("Consistency-Token");
		String location = created.getLocation().getPath();
		long hero = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String commitEnd = jdbc.sql("""
				SELECT r.end_lsn::text
				FROM hero h, pg_get_wal_records_info(:before::pg_lsn, pg_current_wal_lsn()) r
				WHERE h.id = :hero AND r.resource_manager = 'Transaction' AND r.record_type = 'COMMIT'
				  AND r.xid = h.xmin
				""").param("before", before).param("hero", hero).query(String.class).single();
		assertThat(jdbc.sql("SELECT :token::pg_lsn >= :commitEnd::pg_lsn")
			.param("token", token)
			.param("commitEnd", commitEnd)
			.query(Boolean.class)
			.single()).as("token %s, the commit record's end %s", token, commitEnd).isTrue();
	}

	@Test
	void aRefusedWriteAnswersWithoutAToken() {
		this.api.createTeam("Preventers", "Sharp Tower");
		assertThat(this.http.post()
			.uri("/teams")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"preventers\", \"headquarters\": \"Elsewhere\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.returnResult(String.class)
			.getResponseHeaders()
			.containsHeader("Consistency-Token")).isFalse();
	}

	@Test
	void aReadWithATokenIsServedAndAMalformedTokenIsA422() {
		long team = this.api.createTeam("Preventers", "Sharp Tower");
		this.http.get().uri("/teams/{id}", team).header("Consistency-Token", "0/1").exchange().expectStatus().isOk();
		assertValidationProblem(
				this.http.get().uri("/teams/{id}", team).header("Consistency-Token", "yesterday").exchange(),
				"Consistency-Token");
	}

}
