package com.example.heroes.team;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.example.heroes.support.IntegrationTest;
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
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			String name = (i % 2 == 0) ? "Preventers" : "PREVENTERS";
			clients.add(() -> {
				start.await();
				return this.http.post()
					.uri("/teams")
					.contentType(MediaType.APPLICATION_JSON)
					.body("{\"name\": \"" + name + "\", \"headquarters\": \"Sharp Tower\"}")
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value();
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<Integer>> results = clients.stream().map(pool::submit).toList();
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(201, 409);
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		this.http.get().uri("/teams").exchange().expectHeader().valueEquals("X-Total-Count", "1");
	}

}
