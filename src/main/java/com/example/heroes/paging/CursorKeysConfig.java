package com.example.heroes.paging;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.example.heroes.config.HeroesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which keys sign paging cursors: {@code heroes.cursor-secret} when the operator sets
 * one, otherwise keys that every instance shares through the database
 * ({@link SharedCursorKeys}), so that a cursor issued by one instance works at all of
 * them with no configuration.
 */
@Configuration(proxyBeanMethods = false)
class CursorKeysConfig {

	private static final Logger logger = LoggerFactory.getLogger(CursorKeysConfig.class);

	@Bean
	CursorKeys cursorKeys(HeroesProperties properties, ObjectProvider<JdbcClient> jdbc) {
		return cursorKeys(properties, jdbc::getObject);
	}

	static CursorKeys cursorKeys(HeroesProperties properties, Supplier<JdbcClient> jdbc) {
		String secret = properties.cursorSecret();
		if (secret != null && !secret.isBlank()) {
			logger.info("Paging cursors are signed with heroes.cursor-secret");
			return CursorKeys.fixed(secret.getBytes(StandardCharsets.UTF_8));
		}
		return new SharedCursorKeys(jdbc.get(), properties.cursorKeys());
	}

}
