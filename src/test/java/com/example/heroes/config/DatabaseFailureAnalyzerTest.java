package com.example.heroes.config;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start that fails for want of PostgreSQL ends with one paragraph naming the cause and
 * what to do.
 */
class DatabaseFailureAnalyzerTest {

	private final MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
			"jdbc:postgresql://127.0.0.1:5432/heroes");

	private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer(this.environment);

	@Test
	void aServerThatDoesNotAnswerIsNamedWithWhatToDo() {
		FailureAnalysis analysis = this.analyzer
			.analyze(startFailure(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
		assertThat(analysis.getDescription()).contains("cannot connect to PostgreSQL")
			.contains("jdbc:postgresql://127.0.0.1:5432/heroes");
		assertThat(analysis.getAction()).contains("pg_isready").contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void aMissingDatabaseIsNamedWithWhatToDo() {
		FailureAnalysis analysis = this.analyzer
			.analyze(startFailure(new SQLException("FATAL: database \"heroes\" does not exist", "3D000")));
		assertThat(analysis.getDescription()).contains("does not exist").contains("/heroes");
		assertThat(analysis.getAction()).contains("createdb");
	}

	@Test
	void aRefusedLoginIsNamedWithWhatToDo() {
		FailureAnalysis analysis = this.analyzer
			.analyze(startFailure(new SQLException("password authentication failed", "28P01")));
		assertThat(analysis.getDescription()).contains("refused the login");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void otherDatabaseErrorsAreLeftToSpringBoot() {
		assertThat(this.analyzer.analyze(startFailure(new SQLException("syntax error", "42601")))).isNull();
	}

	@Test
	void itIsRegisteredWithSpringBoot() {
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, this.environment),
					(type, implementation, failure) -> {
						// Spring Boot's own analyzers that need a bean factory are not
						// under test.
					});
		assertThat(analyzers).hasAtLeastOneElementOfType(DatabaseFailureAnalyzer.class);
	}

	/** As Flyway's start reports it: the driver's error deep in bean creation. */
	private static Throwable startFailure(SQLException cause) {
		return new BeanCreationException("flywayInitializer",
				new IllegalStateException("Unable to obtain connection from database", cause));
	}

}
