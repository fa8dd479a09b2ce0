package com.example.heroes.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application at the run's {@link TestDatabase}, in place of
 * {@code spring.datasource.*}, and records the SQL it sends ({@link SqlStatements}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	static SqlStatements sqlStatements() {
		return new SqlStatements();
	}

	@Bean
	JdbcConnectionDetails testDatabaseConnectionDetails() {
		TestDatabase database = TestDatabase.get();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

			@Override
			public String getJdbcUrl() {
				return database.url();
			}

		};
	}

}
