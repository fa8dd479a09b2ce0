package com.example.heroes.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timestamps go out as the JDK writes an {@link Instant}: ISO-8601 in UTC, to the
 * microsecond PostgreSQL keeps, written by {@link InstantJsonSerializer}.
 */
@IntegrationTest
class InstantJsonIT {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void theApplicationWritesInstantsWithItsOwnSerializer() {
		assertThat(this.json.registeredModules()).extracting(JacksonModule::getModuleName).contains("fast-instants");
	}

	@Test
	void aListShowsEachHerosTimestampsAsStored() {
		long hero = this.api.createHero("Deadpond", "Dive Wilson", null, null);
		this.jdbc.update("update hero set created_at = ?, updated_at = ? where id = ?",
				OffsetDateTime.parse("2026-03-04T05:06:07.000890Z"), OffsetDateTime.parse("2026-03-04T05:06:08Z"),
				hero);
		List<Map<String, Object>> heroes = this.api.rows("/heroes");
		assertThat(heroes).singleElement().satisfies((row) -> {
			assertThat(row.get("created_at")).isEqualTo("2026-03-04T05:06:07.000890Z");
			assertThat(row.get("updated_at")).isEqualTo("2026-03-04T05:06:08Z");
		});
	}

}
