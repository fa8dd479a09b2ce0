package com.example.heroes.web;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import org.springframework.http.ETag;

/**
 * Entity tags made from a resource's version. A response that embeds other rows (a hero
 * with its team, a team with its heroes) adds a digest of their ids and versions, so that
 * a change to an embedded row also changes the tag and {@code If-None-Match} never
 * answers 304 for a stale body.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * @param version the resource's version
	 * @param embedded the embedded rows, as {@code id:version} pairs in a stable order
	 */
	public static String of(long version, String embedded) {
		CRC32 digest = new CRC32();
		digest.update(embedded.getBytes(StandardCharsets.UTF_8));
		return "\"" + version + "-" + Long.toHexString(digest.getValue()) + "\"";
	}

	/**
	 * Whether an {@code If-None-Match} list is {@code *}. Spring MVC answers the rest of
	 * {@code If-None-Match} itself, but compares {@code *} as if it were a tag on a GET,
	 * while RFC 9110 (section 13.1.2) has it match any current representation.
	 */
	static boolean anyIsWildcard(List<String> headers) {
		return headers.stream().flatMap((header) -> ETag.parse(header).stream()).anyMatch(ETag::isWildcard);
	}

	/**
	 * The versions the tags of a list name, leaving out tags that are not this service's
	 * and, unless {@code weakToo}, weak ones (strong comparison, RFC 9110 §8.8.3.2).
	 */
	static Set<Long> versions(List<ETag> tags, boolean weakToo) {
		Set<Long> versions = new HashSet<>();
		for (ETag tag : tags) {
			Long version = (tag.isWildcard() || (tag.weak() && !weakToo)) ? null : version(tag.tag());
			if (version != null) {
				versions.add(version);
			}
		}
		return Set.copyOf(versions);
	}

	/**
	 * The version a tag of this service names, or null for any other tag.
	 * @param opaque the tag without its quotes, as {@link ETag#tag()} has it
	 */
	static Long version(String opaque) {
		int dash = opaque.indexOf('-');
		String version = (dash >= 0) ? opaque.substring(0, dash) : opaque;
		if (version.isEmpty() || version.length() > 18 || !version.chars().allMatch(Character::isDigit)
				|| (version.length() > 1 && version.charAt(0) == '0')) {
			return null;
		}
		return Long.parseLong(version);
	}

}
