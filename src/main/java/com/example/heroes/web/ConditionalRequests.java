package com.example.heroes.web;

import com.example.heroes.config.HeroesProperties;
import com.example.heroes.problem.PreconditionFailedException;
import com.example.heroes.problem.PreconditionRequiredException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

	/**
	 * Answers a read of one resource with its ETag, honouring its preconditions as RFC
	 * 9110 has them (Spring skips both for safe methods): a failing {@code If-Match} is a
	 * 412; an {@code If-None-Match} that names the current tag, by weak comparison, or is
	 * {@code *}, is a 304 without a body.
	 */
	public <T> ResponseEntity<T> read(HttpServletRequest request, String etag, long version, T body) {
		String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
		if (ifMatch != null && !ifMatch.isBlank() && !IfMatch.parse(ifMatch).matches(version)) {
			throw new PreconditionFailedException("If-Match does not name the current version " + version);
		}
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && ETags.anyMatchesWeakly(ifNoneMatch, etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(body);
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
