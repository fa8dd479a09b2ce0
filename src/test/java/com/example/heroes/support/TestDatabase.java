package com.example.heroes.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of one test run (one JVM), shared by every integration test of
 * the run and fresh for it.
 * <p>
 * Where Docker answers, it is a Testcontainers PostgreSQL. Otherwise it is a new database
 * on a PostgreSQL server that is already running, by default the one at
 * {@code 127.0.0.1:5432} with user {@code postgres}; the database is dropped when the run
 * ends, and databases left behind by runs that were killed are dropped at the next start.
 * Settings, as system properties or environment variables:
 * <ul>
 * <li>{@code heroes.test.database} / {@code HEROES_TEST_DATABASE}: {@code auto}
 * (default), {@code docker} or {@code local};</li>
 * <li>{@code heroes.test.postgres.url} / {@code HEROES_TEST_POSTGRES_URL}: the JDBC URL
 * of a database on the local server to connect to for creating the test database (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres});</li>
 * <li>{@code heroes.test.postgres.username} / {@code HEROES_TEST_POSTGRES_USERNAME}
 * (default {@code postgres}) and {@code heroes.test.postgres.password} /
 * {@code HEROES_TEST_POSTGRES_PASSWORD} (default empty);</li>
 * <li>{@code heroes.test.pgbouncer} / {@code HEROES_TEST_PGBOUNCER}: {@code true} to put
 * a {@link PgBouncer} in transaction pooling mode between the application and the
 * database (default {@code false}). The application's schema is then the database's
 * {@code search_path}, as a pooler needs it (no session state).</li>
 * </ul>
 */
public final class TestDatabase {

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static final String IMAGE = "postgres:17-alpine";

	private static final String PREFIX = "heroes_test_";

	private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d+)_\\d+");

	/** Databases of runs older than this were left behind by a run that was killed. */
	private static final Duration STALE = Duration.ofHours(6);

	private static TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private String applicationUrl;

	private TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.applicationUrl = url;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
			if (throughPgBouncer()) {
				instance.putPgBouncerInFront();
			}
		}
		return instance;
	}

	/** Whether the application reaches the database through a {@link PgBouncer}. */
	public static boolean throughPgBouncer() {
		return Boolean.parseBoolean(setting("heroes.test.pgbouncer", "false"));
	}

	/** The database's URL, direct to the server. */
	public String url() {
		return this.url;
	}

	/** The URL the application's pool connects to: through PgBouncer when it runs. */
	public String applicationUrl() {
		return this.applicationUrl;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	/** A plain JDBC connection to the test database, for a test's own SQL. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	private void putPgBouncerInFront() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("""
					DO $$ BEGIN
					EXECUTE format('ALTER DATABASE %I SET search_path = heroes', current_database());
					END $$""");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot set the test database's search_path", ex);
		}
		this.applicationUrl = PgBouncer.start(this.url).url(this.url);
	}

	private static TestDatabase start() {
		String mode = setting("heroes.test.database", "auto");
		boolean docker = switch (mode) {
			case "docker" -> true;
			case "local" -> false;
			case "auto" -> DockerClientFactory.instance().isDockerAvailable();
			default -> throw new IllegalStateException("heroes.test.database must be auto, docker or local: " + mode);
		};
		return docker ? startContainer() : createLocalDatabase();
	}

	private static TestDatabase startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
		container.start();
		logger.info("Integration tests use a Testcontainers PostgreSQL ({})", IMAGE);
		return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static TestDatabase createLocalDatabase() {
		String adminUrl = setting("heroes.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String username = setting("heroes.test.postgres.username", "postgres");
		String password = setting("heroes.test.postgres.password", "");
		String database = PREFIX + Instant.now().getEpochSecond() + "_"
				+ ThreadLocalRandom.current().nextInt(1_000_000);
		try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
				Statement statement = admin.createStatement()) {
			dropStaleDatabases(statement);
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			String cause = "Docker is not available and the PostgreSQL at " + adminUrl
					+ " cannot create a test database (" + ex.getMessage() + ", SQLSTATE " + ex.getSQLState()
					+ "). Start it (pg_ctlcluster 15 main start; check with pg_isready -h 127.0.0.1 -p 5432), "
					+ "or set HEROES_TEST_POSTGRES_URL. Every integration test fails for this reason.";
			// Printed at once, on its own, so it is not lost in the stack traces of every
			// test class whose context cannot start.
			System.err.println("\n*** THE INTEGRATION TESTS HAVE NO DATABASE: " + cause + " ***\n");
			throw new IllegalStateException(cause, ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, username, password, database)));
		logger.info("Integration tests use database {} on the local PostgreSQL ({})", database, adminUrl);
		String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
		return new TestDatabase(url, username, password);
	}

	private static void dropStaleDatabases(Statement statement) throws SQLException {
		List<String> stale = new ArrayList<>();
		try (ResultSet names = statement
			.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (names.next()) {
				Matcher matcher = NAME.matcher(names.getString(1));
				if (matcher.matches() && Instant.ofEpochSecond(Long.parseLong(matcher.group(1)))
					.isBefore(Instant.now().minus(STALE))) {
					stale.add(names.getString(1));
				}
			}
		}
		for (String name : stale) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	private static void drop(String adminUrl, String username, String password, String database) {
		try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			logger.warn("Could not drop test database {}; the next run drops it", database, ex);
		}
	}

	private static String setting(String property, String fallback) {
		String value = System.getProperty(property);
		if (value == null) {
			value = System.getenv(property.toUpperCase().replace('.', '_'));
		}
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
