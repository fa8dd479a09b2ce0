package com.example.heroes.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional streaming replica that serves reads (API.md §12), under
 * {@code heroes.replica.*}; each setting is described in the README. Without a URL there
 * is no replica, and everything goes to the primary.
 *
 * @param url the replica's JDBC URL
 * @param username the replica's user; {@code spring.datasource.username} when unset
 * @param password the replica's password; {@code spring.datasource.password} when unset
 * @param maxLag how far behind the primary the replica may be and still serve reads
 * @param checkInterval how often the replica's position is measured
 * @param connectionTimeout how long a read waits for a replica connection before it goes
 * to the primary
 */
@ConfigurationProperties("heroes.replica")
public record ReplicaProperties(String url, String username, String password, @DefaultValue("5s") Duration maxLag,
		@DefaultValue("500ms") Duration checkInterval, @DefaultValue("1s") Duration connectionTimeout) {
}
