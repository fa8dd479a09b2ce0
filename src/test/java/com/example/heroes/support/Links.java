package com.example.heroes.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an RFC 8288 {@code Link} header into its targets by relation. */
public final class Links {

	private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"");

	private Links() {
	}

	public static Map<String, String> parse(String header) {
		Map<String, String> links = new LinkedHashMap<>();
		if (header != null) {
			Matcher matcher = LINK.matcher(header);
			while (matcher.find()) {
				links.put(matcher.group(2), matcher.group(1));
			}
		}
		return links;
	}

}
