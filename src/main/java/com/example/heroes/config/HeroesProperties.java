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
 * @param cursorSecret the key that signs paging cursors; instances behind one load
 * balancer must share it. When unset, each process makes a random one, so a cursor only
 * works on the instance that issued it
 * @param idempotency how long {@code Idempotency-Key}s are kept and how often expired
 * ones are removed
 */
@ConfigurationProperties("heroes")
public record HeroesProperties(@DefaultValue("1MB") DataSize maxRequestBody,
		@DefaultValue("false") boolean requireIfMatch, String cursorSecret, @DefaultValue Idempotency idempotency) {

	public record Idempotency(@DefaultValue("24h") Duration ttl, @DefaultValue("10m") Duration cleanupInterval) {
	}

}
