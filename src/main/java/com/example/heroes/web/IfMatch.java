package com.example.heroes.web;

import java.util.HashSet;
import java.util.Set;

/**
 * The versions an {@code If-Match} header accepts. An ETag of this service is the
 * resource's version in quotes ({@code "3"}), or, for a response that embeds other rows,
 * the version followed by a digest of them ({@code "3-9f2c41d0"}); either form matches
 * while the resource itself is at that version. Weak tags never match, as RFC 9110's
 * strong comparison requires.
 *
 * @param any whether any version matches: no header, or {@code *}
 * @param versions the versions named
 */
public record IfMatch(boolean any, Set<Long> versions) {

	/** No {@code If-Match}: the last writer wins. */
	public static final IfMatch ABSENT = new IfMatch(true, Set.of());

	public static IfMatch parse(String header) {
		Set<Long> versions = new HashSet<>();
		for (String tag : header.split(",")) {
			String trimmed = tag.strip();
			if (trimmed.equals("*")) {
				return new IfMatch(true, Set.of());
			}
			Long version = ETags.version(trimmed);
			if (version != null) {
				versions.add(version);
			}
		}
		return new IfMatch(false, Set.copyOf(versions));
	}

	public boolean matches(long version) {
		return this.any || this.versions.contains(version);
	}

}
