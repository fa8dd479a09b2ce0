package com.example.heroes.database;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's connections bounded by each request's deadline, and the heartbeat
 * that tells a busy pool from a database that does not answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfig {

	@Bean
	static BeanPostProcessor deadlineDataSources() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof DeadlineDataSource))
						? new DeadlineDataSource(dataSource) : bean;
			}

		};
	}

	/**
	 * Gives each request its deadline; after the request-id filter, so failures carry the
	 * id.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestDeadlineFilter(DatabaseProperties properties) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilterAsyncDispatch() {
				// The request's work runs on the dispatch after its body is read.
				return false;
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				RequestDeadline.open(properties.deadline());
				try {
					chain.doFilter(request, response);
				}
				finally {
					RequestDeadline.close();
				}
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
		return registration;
	}

	/**
	 * {@code heroes.database.connections.waiting}: the requests waiting, in turn, for a
	 * connection of the pool (Hikari's own {@code hikaricp.connections.pending} counts
	 * only those its turns have let through).
	 */
	@Bean
	MeterBinder connectionsWaiting(DataSource dataSource) throws SQLException {
		// With a replica the bean is the routing in front of (or behind) the deadlines.
		DeadlineDataSource deadline = dataSource.isWrapperFor(DeadlineDataSource.class)
				? dataSource.unwrap(DeadlineDataSource.class) : null;
		return (registry) -> {
			if (deadline != null) {
				Gauge.builder("heroes.database.connections.waiting", deadline, DeadlineDataSource::waiting)
					.description("Requests waiting, first come first served, for a connection of the pool")
					.register(registry);
			}
		};
	}

	/** Serves readiness as {@code db}, in place of Spring Boot's pool-borrowing check. */
	@Bean
	DatabaseHeartbeat dbHealthIndicator(DataSource dataSource, DatabaseProperties properties) throws Exception {
		return new DatabaseHeartbeat(dataSource.unwrap(HikariDataSource.class), properties.heartbeatInterval());
	}

}
