package com.example.heroes.web;

import com.example.heroes.problem.PreconditionFailedException;

/**
 * What a write's {@code If-Match} and {@code If-None-Match} ask, checked once the write
 * knows its resource and holds its row lock, so that the check and the write see the same
 * version. A resource that does not exist is a 404 before either is looked at (RFC 9110
 * §13.2.1), and {@code If-Match} comes first (§13.2.2).
 *
 * @param ifMatch the versions {@code If-Match} accepts
 * @param ifNoneMatch the versions {@code If-None-Match} refuses
 */
public record Preconditions(IfMatch ifMatch, IfNoneMatch ifNoneMatch) {

	/**
	 * Refuses a write to a resource at a version {@code If-Match} does not accept or
	 * {@code If-None-Match} names (412), or without the {@code If-Match} the service
	 * requires (428).
	 * @param resource what the resource is, for the problem's detail ("Hero")
	 * @param id the resource's id
	 * @param version its current version, read under its row lock
	 */
	public void require(String resource, long id, long version) {
		require(resource, id, version, true);
	}

	/**
	 * As {@link #require(String, long, long)}, for a write whose target may not exist yet
	 * while the version checked is another's: a membership's {@code PUT} is checked
	 * against its team's version, and {@code If-None-Match: *} refuses it only where the
	 * membership exists.
	 * @param exists whether the target of the write exists
	 */
	public void require(String resource, long id, long version, boolean exists) {
		// If-None-Match: * guards against lost updates as If-Match does: where the
		// service requires a precondition, it is one.
		IfMatch match = (this.ifMatch.required() && this.ifNoneMatch.any()) ? IfMatch.ABSENT : this.ifMatch;
		match.require(resource, id, version);
		if (this.ifNoneMatch.unreadable()) {
			throw new PreconditionFailedException("If-None-Match is neither * nor a list of entity tags");
		}
		if (this.ifNoneMatch.any()) {
			if (exists) {
				throw new PreconditionFailedException("If-None-Match: * asks for no current representation");
			}
		}
		else if (this.ifNoneMatch.versions().contains(version)) {
			throw new PreconditionFailedException(
					resource + " " + id + " is at version " + version + ", which If-None-Match names");
		}
	}

}
