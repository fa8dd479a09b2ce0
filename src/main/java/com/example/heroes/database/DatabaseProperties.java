package com.example.heroes.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a request's database work may take, and how often the database is asked
 * whether it answers; both are described in the README.
 *
 * @param deadline how long after a request first asks for a connection all its database
 * work must be over (waiting for a connection, for locks, for answers); past it, the
 * request is answered 503
 * @param heartbeatInterval how often the database is asked whether it answers, on a
 * connection of its own; readiness and the choice between "overloaded" and "unavailable"
 * follow the answers
 */
@ConfigurationProperties("heroes.database")
public record DatabaseProperties(@DefaultValue("4s") Duration deadline,
		@DefaultValue("1s") Duration heartbeatInterval) {

}
