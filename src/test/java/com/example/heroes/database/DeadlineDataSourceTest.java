package com.example.heroes.database;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DeadlineDataSourceTest {

	@Test
	void aPoolWithoutAutoCommitIsRefusedAtStartNamingTheSetting() {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setAutoCommit(false);
			assertThatIllegalStateException().isThrownBy(() -> new DeadlineDataSource(pool))
				.withMessageContaining("spring.datasource.hikari.auto-commit=false")
				.withMessageContaining("SPRING_DATASOURCE_HIKARI_AUTO_COMMIT");
		}
	}

	@Test
	void aPoolInAutoCommitModeIsTaken() {
		try (HikariDataSource pool = new HikariDataSource()) {
			assertThatNoException().isThrownBy(() -> new DeadlineDataSource(pool));
		}
	}

}
