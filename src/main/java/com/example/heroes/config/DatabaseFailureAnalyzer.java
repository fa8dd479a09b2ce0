package com.example.heroes.config;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Ends a start that failed for want of PostgreSQL with one paragraph that says why and
 * what to do, instead of a stack trace: the server cannot be reached, the database in the
 * URL does not exist, or the login is refused. Known by the SQLSTATE the driver gives
 * (class 08, 3D000, 28P01/28000). Registered in {@code META-INF/spring.factories}.
 */
public class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	public DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String state = (cause.getSQLState() != null) ? cause.getSQLState() : "";
		String url = this.environment.getProperty("spring.datasource.url", "(spring.datasource.url is not set)");
		if (state.startsWith("08")) {
			return new FailureAnalysis(
					"The service cannot connect to PostgreSQL at " + url + " (SQLSTATE " + state
							+ "): no server answers there, or it did not answer in time.",
					"Start PostgreSQL (on Debian: pg_ctlcluster 15 main start; with Docker: docker compose up -d), "
							+ "check that it answers with 'pg_isready -h 127.0.0.1 -p 5432', or point "
							+ "spring.datasource.url (SPRING_DATASOURCE_URL) at a server that runs.",
					cause);
		}
		if (state.equals("3D000")) {
			return new FailureAnalysis("PostgreSQL answers, but the database named in " + url + " does not exist.",
					"Create it (createdb -h 127.0.0.1 -U postgres NAME), or point spring.datasource.url "
							+ "(SPRING_DATASOURCE_URL) at a database that exists; the default, postgres, always does.",
					cause);
		}
		if (state.equals("28P01") || state.equals("28000")) {
			return new FailureAnalysis(
					"PostgreSQL at " + url + " refused the login of user "
							+ this.environment.getProperty("spring.datasource.username", "postgres") + ".",
					"Set spring.datasource.username and spring.datasource.password (SPRING_DATASOURCE_USERNAME, "
							+ "SPRING_DATASOURCE_PASSWORD) to a role the server accepts, or allow it in pg_hba.conf.",
					cause);
		}
		return null;
	}

}
