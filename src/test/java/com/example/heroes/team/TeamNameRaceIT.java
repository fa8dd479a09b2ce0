package com.example.heroes.team;

import java.util.List;

import com.example.heroes.support.IntegrationTest;
import com.example.heroes.support.Race;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two clients racing for one team name get the answers two serial clients would: one 201,
 * the rest 409 from the database's unique index, never a 500.
 */
@IntegrationTest
class TeamNameRaceIT {

	private static final int CLIENTS = 16;

	@Autowired
	RestTestClient http;

	@Test
	void concurrentCreatesOfOneNameMakeOneTeamAndConflicts() throws Exception {
		List<Integer> statuses = Race.of(CLIENTS,
				(i) -> this.http.post()
					.uri("/teams")
					.contentType(MediaType.APPLICATION_JSON)
					.body("{\"name\": \"" + ((i % 2 == 0) ? "Preventers" : "PREVENTERS")
							+ "\", \"headquarters\": \"Sharp Tower\"}")
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value());
		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		this.http.get()
			.uri("/teams")
			.header("Prefer", "count=exact")
			.exchange()
			.expectHeader()
			.valueEquals("X-Total-Count", "1");
	}

}
