package com.example.heroes.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.example.heroes.HeroesApplication;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Auditing of {@code created_at} and {@code updated_at}. Spring Data sets them before an
 * insert, and before an update only when Hibernate found a real change, so a no-op PATCH
 * moves neither them nor the version.
 * <p>
 * Repositories take the transaction of the service that calls them and start none of
 * their own: the services decide, and a read runs without one (see {@code HeroService}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
@EnableJpaRepositories(basePackageClasses = HeroesApplication.class, enableDefaultTransactions = false)
class JpaConfig {

	/**
	 * The service's clock, ticking in microseconds: PostgreSQL stores timestamps to the
	 * microsecond, so a value the service returns right after a write is the value a
	 * later read returns, and can serve as a cursor key.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

	@Bean
	DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
