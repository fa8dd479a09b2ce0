package com.example.heroes.paging;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list request that repeats an earlier one (another page, other filter values) finds
 * its query's plan in Hibernate's cache instead of translating it to SQL again.
 */
@IntegrationTest
class QueryPlanCacheIT {

	@Autowired
	RestTestClient http;

	@Autowired
	Api api;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	long team;

	@BeforeEach
	void seed() {
		long team = this.api.createTeam("Avengers", "New York");
		this.team = team;
		for (int i = 0; i < 5; i++) {
			this.api.createHero("Hero " + i, "Secret " + i, 30 + i, team);
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/heroes?limit=2", "/heroes?limit=2&sort=-name", "/heroes?limit=2&age_gte=31",
			"/teams?limit=1", "/teams/{team}/heroes?limit=1" })
	void aRepeatedListReusesItsCachedQueryPlan(String path) {
		get(path);
		int plans = cache().getNumberOfCachedQueryPlans();

		for (int i = 0; i < 5; i++) {
			get(path);
		}

		assertThat(plans).isPositive();
		assertThat(cache().getNumberOfCachedQueryPlans()).isEqualTo(plans);
	}

	private void get(String path) {
		this.http.get()
			.uri(path.replace("{team}", Long.toString(this.team)))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	private QueryInterpretationCache cache() {
		return this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getQueryEngine()
			.getInterpretationCache();
	}

}
