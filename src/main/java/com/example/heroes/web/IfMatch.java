package com.example.heroes.web;

import java.util.List;
import java.util.Set;

import com.example.heroes.problem.PreconditionFailedException;
import com.example.heroes.problem.PreconditionRequiredException;

import org.springframework.http.ETag;

/**
 * The versions an {@code If-Match} header accepts. An ETag of this service is the
 * resource's version in quotes ({@code "3"}), or, for a response that embeds other rows,
 * the version followed by a digest of them ({@code "3-9f2c41d0"}); either form matches
 * while the resource itself is at that version. Weak tags never match, as RFC 9110's
 * strong comparison requires.
 * <p>
 * A record of versions rather than Spring's {@code checkNotModified}: that skips
 * {@code If-Match} on a GET, and the writes check the version under the row lock, long
 * after the handler has started.
 *
 * @param any whether any version matches: no header (where none is required), or
 * {@code *}
 * @param versions the versions named
 * @param required whether the header was missing where the service requires it
 * ({@code heroes.require-if-match}): {@link #require} then answers 428
 */
public record IfMatch(boolean any, Set<Long> versions, boolean required) {

	/** No {@code If-Match}: the last writer wins. */
	public static final IfMatch ABSENT = new IfMatch(true, Set.of(), false);

	/** No {@code If-Match} where the service requires one. */
	public static final IfMatch MISSING = new IfMatch(false, Set.of(), true);

	public static IfMatch parse(String header) {
		List<ETag> tags = ETag.parse(header);
		if (tags.stream().anyMatch(ETag::isWildcard)) {
			return new IfMatch(true, Set.of(), false);
		}
		return new IfMatch(false, ETags.versions(tags, false), false);
	}

	/** Whether a read's If-Match names this version; writes call {@link #require}. */
	boolean matches(long version) {
		return this.any || this.versions.contains(version);
	}

	/**
	 * Refuses a write to a resource whose version this does not accept (412), or that
	 * came without the {@code If-Match} the service requires (428). Call it once the
	 * request would otherwise succeed: a resource that does not exist is a 404 whatever
	 * {@code If-Match} says (RFC 9110 §13.2.1).
	 * @param resource what the resource is, for the problem's detail ("Hero")
	 * @param id the resource's id
	 * @param version its current version, read under its row lock
	 */
	public void require(String resource, long id, long version) {
		if (this.required) {
			throw new PreconditionRequiredException();
		}
		if (!matches(version)) {
			throw new PreconditionFailedException(
					resource + " " + id + " is at version " + version + ", which If-Match does not name");
		}
	}

}
