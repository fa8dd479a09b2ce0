package com.example.heroes.web;

import com.example.heroes.config.HeroesProperties;

import org.springframework.stereotype.Component;

/**
 * Reads {@code If-Match} for the writes that honour it, and refuses a write without one
 * (428) when the service is set to require it ({@code heroes.require-if-match}).
 */
@Component
public class ConditionalRequests {

	private final boolean requireIfMatch;

	ConditionalRequests(HeroesProperties properties) {
		this.requireIfMatch = properties.requireIfMatch();
	}

	public IfMatch ifMatch(String header) {
		if (header == null || header.isBlank()) {
			if (this.requireIfMatch) {
				throw new PreconditionRequiredException();
			}
			return IfMatch.ABSENT;
		}
		return IfMatch.parse(header);
	}

}
