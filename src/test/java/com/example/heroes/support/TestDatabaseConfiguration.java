package com.example.heroes.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application at the run's {@link TestDatabase}, in place of
 * {@code spring.datasource.*} (and {@code spring.flyway.*} through PgBouncer), and
 * records the SQL it sends ({@link SqlStatements}).
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
				return database.applicationUrl();
			}

		};
	}

	/**
	 * Through PgBouncer, migrations take a connection of their own, direct to the server
	 * (as {@code spring.flyway.url} does): Flyway holds a session-level advisory lock and
	 * sets the session's {@code search_path}, neither of which a transaction pooler
	 * keeps.
	 */
	@Bean
	@ConditionalOnBooleanProperty("heroes.test.pgbouncer")
	FlywayConnectionDetails directFlywayConnectionDetails() {
		TestDatabase database = TestDatabase.get();
		return new FlywayConnectionDetails() {

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
