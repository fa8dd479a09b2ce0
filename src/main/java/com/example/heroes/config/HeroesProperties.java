package com.example.heroes.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings, under {@code heroes.*}; each one is described in the
 * README. The defaults suit a developer machine.
 *
 * @param maxRequestBody the largest request body accepted; larger ones get a 413
 * @param requireIfMatch whether PATCH, DELETE and membership PUT must carry
 * {@code If-Match} (otherwise the last writer wins)
 * @param cursorSecret a key that signs paging cursors in place of the keys shared through
 * the database; when set, every instance behind one load balancer must have the same
 * @param cursorKeys how the keys shared through the database are rotated
 * @param idempotency how long {@code Idempotency-Key}s are kept and how often expired
 * ones are removed
 */
@ConfigurationProperties("heroes")
public record HeroesProperties(@DefaultValue("1MB") DataSize maxRequestBody,
		@DefaultValue("false") boolean requireIfMatch, String cursorSecret, @DefaultValue CursorKeys cursorKeys,
		@DefaultValue Idempotency idempotency) {

	/**
	 * The rotation of the cursor keys kept in the database (when no
	 * {@code heroes.cursor-secret} is set).
	 *
	 * @param rotation the age at which a key is replaced by a new one
	 * @param grace how long cursors signed with a replaced key are still accepted once
	 * its successor signs
	 * @param refresh how often an instance reads the keys again (and rotates a key that
	 * is due); a new key signs only once it is two refreshes old, so that every instance
	 * knows it by then
	 */
	public record CursorKeys(@DefaultValue("7d") Duration rotation, @DefaultValue("1d") Duration grace,
			@DefaultValue("1m") Duration refresh) {
	}

	public record Idempotency(@DefaultValue("24h") Duration ttl, @DefaultValue("10m") Duration cleanupInterval) {
	}

}
