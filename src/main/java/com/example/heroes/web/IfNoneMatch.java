package com.example.heroes.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.ETag;

/**
 * The versions a write's {@code If-None-Match} refuses: the write is carried out only
 * while the resource is at none of them (RFC 9110 §13.1.2, weak comparison, so
 * {@code W/"3"} names version 3 too), and {@code *} refuses any version, which makes a
 * {@code PUT} create-only.
 *
 * @param any whether the header is {@code *}
 * @param versions the versions named
 * @param unreadable whether the header holds no entity tag at all ({@code 3} unquoted): a
 * guard the client meant to set cannot be met, so the write is refused, as a malformed
 * {@code If-Match} never matches
 */
public record IfNoneMatch(boolean any, Set<Long> versions, boolean unreadable) {

	/** No {@code If-None-Match}: nothing is refused. */
	public static final IfNoneMatch ABSENT = new IfNoneMatch(false, Set.of(), false);

	public static IfNoneMatch parse(String header) {
		if (header == null || header.isBlank()) {
			return ABSENT;
		}
		List<ETag> tags = ETag.parse(header);
		if (tags.stream().anyMatch(ETag::isWildcard)) {
			return new IfNoneMatch(true, Set.of(), false);
		}
		return new IfNoneMatch(false, ETags.versions(tags, true), tags.isEmpty());
	}

}
