package com.example.heroes.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Whether the database answers, asked every {@code heroes.database.heartbeat-interval} on
 * a connection of its own, outside the application's pool. A busy pool (every connection
 * in use, requests queueing for one) is then never mistaken for a database that is down:
 * readiness, which this indicator serves as {@code db}, stays UP while the service is
 * merely saturated, and a request refused for want of a connection is told it was too
 * busy, not that the database is away.
 */
public class DatabaseHeartbeat implements HealthIndicator, SmartLifecycle, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseHeartbeat.class);

	private final HikariDataSource connection;

	private final Duration interval;

	private final long staleAfterNanos;

	private volatile ScheduledExecutorService scheduler;

	private volatile boolean answered;

	private volatile long answeredAtNanos;

	DatabaseHeartbeat(HikariDataSource pool, Duration interval) {
		this.interval = interval;
		this.staleAfterNanos = interval.multipliedBy(3).toNanos();
		this.connection = new HikariDataSource();
		pool.copyStateTo(this.connection);
		this.connection.setPoolName("heroes-heartbeat");
		this.connection.setMaximumPoolSize(1);
		this.connection.setMinimumIdle(1);
		this.connection.setConnectionTimeout(Math.max(250, interval.toMillis()));
		this.connection.setInitializationFailTimeout(-1);
		this.connection.setMetricsTrackerFactory(null);
		this.connection.setMetricRegistry(null);
		this.connection.setRegisterMbeans(false);
	}

	/** Whether the database answered the last heartbeat, and that one is recent. */
	public boolean databaseAnswers() {
		return this.answered && System.nanoTime() - this.answeredAtNanos < this.staleAfterNanos;
	}

	/** Asks the database once, within the interval; called on the heartbeat's thread. */
	void beat() {
		try (Connection connection = this.connection.getConnection()) {
			connection.setNetworkTimeout(Runnable::run, (int) Math.max(250, this.interval.toMillis()));
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT 1");
			}
			if (!this.answered) {
				logger.info("The database answers");
			}
			this.answeredAtNanos = System.nanoTime();
			this.answered = true;
		}
		catch (SQLException | RuntimeException ex) {
			if (this.answered) {
				logger.warn("The database does not answer: {}", ex.getClass().getSimpleName());
			}
			this.answered = false;
		}
	}

	@Override
	public Health health() {
		return databaseAnswers() ? Health.up().build() : Health.down().build();
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "heroes-database-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		beat();
		scheduler.scheduleWithFixedDelay(this::beat, this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.scheduler = scheduler;
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = this.scheduler;
		if (scheduler != null) {
			scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	/** Closes the heartbeat's connection when the application closes. */
	@Override
	public void close() {
		stop();
		this.connection.close();
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
