package com.example.heroes.web;

import java.util.Collections;

import com.example.heroes.config.HeroesProperties;
import com.example.heroes.problem.PreconditionFailedException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Reads the preconditions of reads and writes: {@code If-Match} and
 * {@code If-None-Match}, noting a missing {@code If-Match} where the service is set to
 * require it ({@code heroes.require-if-match}): such a write is a 428.
 */
@Component
public class ConditionalRequests {

	private final boolean requireIfMatch;

	ConditionalRequests(HeroesProperties properties) {
		this.requireIfMatch = properties.requireIfMatch();
	}

	/**
	 * Answers a read of one resource with its ETag, honouring its preconditions as RFC
	 * 9110 has them. A 200 with an ETag is checked against {@code If-None-Match} by
	 * Spring MVC itself ({@code ServletWebRequest.checkNotModified}: weak comparison, a
	 * 304 without a body that keeps the ETag). Two cases Spring leaves out are answered
	 * here: it evaluates {@code If-Match} only for unsafe methods, and a failing one is a
	 * 412 on a GET too; and it compares {@code If-None-Match: *} as a tag on a GET, which
	 * must be a 304 whenever the resource exists.
	 */
	public <T> ResponseEntity<T> read(HttpServletRequest request, String etag, long version, T body) {
		String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
		if (ifMatch != null && !ifMatch.isBlank() && !IfMatch.parse(ifMatch).matches(version)) {
			throw new PreconditionFailedException("If-Match does not name the current version " + version);
		}
		if (ETags.anyIsWildcard(Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(body);
	}

	/**
	 * What a write's {@code If-Match} and {@code If-None-Match} ask. A missing
	 * {@code If-Match} the service requires is not refused here but by
	 * {@link Preconditions#require}, once the write knows its resource exists.
	 */
	public Preconditions forWrite(String ifMatch, String ifNoneMatch) {
		IfMatch match = (ifMatch == null || ifMatch.isBlank())
				? (this.requireIfMatch ? IfMatch.MISSING : IfMatch.ABSENT) : IfMatch.parse(ifMatch);
		return new Preconditions(match, IfNoneMatch.parse(ifNoneMatch));
	}

}
