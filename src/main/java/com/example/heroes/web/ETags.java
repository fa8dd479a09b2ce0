package com.example.heroes.web;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

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
	 * Whether an {@code If-None-Match} list names this tag, ignoring weakness
	 * ({@code W/}), or is {@code *}.
	 */
	static boolean anyMatchesWeakly(String header, String etag) {
		String current = opaque(etag);
		for (String tag : header.split(",")) {
			String trimmed = tag.strip();
			if (trimmed.equals("*") || opaque(trimmed).equals(current)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	/** The version a strong tag of this service names, or null for any other tag. */
	static Long version(String tag) {
		if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
			return null;
		}
		String opaque = tag.substring(1, tag.length() - 1);
		int dash = opaque.indexOf('-');
		String version = (dash >= 0) ? opaque.substring(0, dash) : opaque;
		if (version.isEmpty() || version.length() > 18 || !version.chars().allMatch(Character::isDigit)
				|| (version.length() > 1 && version.charAt(0) == '0')) {
			return null;
		}
		return Long.parseLong(version);
	}

}
