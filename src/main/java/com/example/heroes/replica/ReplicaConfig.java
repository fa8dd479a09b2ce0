package com.example.heroes.replica;

import javax.sql.DataSource;

import com.example.heroes.config.ReplicaProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Consistency tokens on every write, and, when {@code heroes.replica.url} is set, reads
 * on a streaming replica (API.md §12). The application's data source is then wrapped in
 * Spring's {@link LazyConnectionDataSourceProxy}, which takes a read-only transaction's
 * connection from the replica routing ({@link ReplicaRoutingDataSource}) and every other
 * from the primary pool; a read-only scope without a database transaction is routed by
 * its flag ({@link ReadOnlyScopeRouting}). Only reads in a read-only transaction or scope
 * are routed: a read outside one, and every write and locking read, goes to the primary.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ConsistencyTokenInterceptor());
	}

	@Bean
	FilterRegistrationBean<ConsistencyTokens> consistencyTokens(DataSource dataSource) {
		FilterRegistrationBean<ConsistencyTokens> registration = new FilterRegistrationBean<>(
				new ConsistencyTokens(dataSource));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "heroes.replica", name = "url")
	static class Replica {

		@Bean
		static BeanPostProcessor readOnlyTransactionsToTheReplica(ObjectProvider<ReplicaHealth> replica) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if ("dataSource".equals(name) && bean instanceof DataSource primary
							&& !(bean instanceof ReadOnlyScopeRouting)) {
						ReplicaRoutingDataSource readOnly = new ReplicaRoutingDataSource(primary, replica::getObject);
						LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
						routing.setReadOnlyDataSource(readOnly);
						return new ReadOnlyScopeRouting(routing, readOnly);
					}
					return bean;
				}

			};
		}

		@Bean
		ReplicaHealth replicaHealth(ReplicaProperties properties, DataSource dataSource, ReplicaPool pool) {
			return new ReplicaHealth(pool.dataSource(), dataSource, new LagBound(properties.maxLag()));
		}

		@Bean(destroyMethod = "close")
		ReplicaPool replicaPool(ReplicaProperties properties, Environment environment) {
			HikariConfig config = new HikariConfig();
			// The primary pool's settings (schema, timeouts, driver properties), then the
			// replica's own.
			Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
			config.setJdbcUrl(properties.url());
			config.setUsername((properties.username() != null) ? properties.username()
					: environment.getProperty("spring.datasource.username"));
			config.setPassword((properties.password() != null) ? properties.password()
					: environment.getProperty("spring.datasource.password"));
			config.setPoolName("replica");
			config.setReadOnly(true);
			config.setConnectionTimeout(Math.max(250, properties.connectionTimeout().toMillis()));
			config.setValidationTimeout(Math.max(250, properties.connectionTimeout().toMillis() / 2));
			// A replica that is down at start is skipped, not a failed start.
			config.setInitializationFailTimeout(-1);
			return new ReplicaPool(new HikariDataSource(config));
		}

		@Bean
		FilterRegistrationBean<ReplicaFallback> replicaFallback(ReplicaHealth health) {
			FilterRegistrationBean<ReplicaFallback> registration = new FilterRegistrationBean<>(
					new ReplicaFallback(health));
			registration.setOrder(Ordered.LOWEST_PRECEDENCE);
			return registration;
		}

	}

	/**
	 * The replica's pool, not a {@link DataSource} bean: the primary stays the only one.
	 */
	record ReplicaPool(HikariDataSource dataSource) implements AutoCloseable {

		@Override
		public void close() {
			this.dataSource.close();
		}

	}

}
