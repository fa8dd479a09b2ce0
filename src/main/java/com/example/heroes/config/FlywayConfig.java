package com.example.heroes.config;

import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations run on the application's connection pool, whose connections give up on a
 * database that does not answer within seconds (so that a request gets its 503 in time).
 * A migration may legitimately take longer, building an index on a large table, say; its
 * connection waits as long as it takes. The pool resets the timeout when the connection
 * comes back.
 */
@Configuration(proxyBeanMethods = false)
class FlywayConfig {

	@Bean
	Callback migrationsWaitAsLongAsTheyTake() {
		return new Callback() {

			@Override
			public boolean supports(Event event, Context context) {
				return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_EACH_MIGRATE;
			}

			@Override
			public boolean canHandleInTransaction(Event event, Context context) {
				return true;
			}

			@Override
			public void handle(Event event, Context context) {
				try {
					context.getConnection().setNetworkTimeout(Runnable::run, 0);
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Cannot lift the network timeout for migrations", ex);
				}
			}

			@Override
			public String getCallbackName() {
				return "unlimited-network-timeout";
			}

		};
	}

}
