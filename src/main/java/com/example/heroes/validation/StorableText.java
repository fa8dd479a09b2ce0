package com.example.heroes.validation;

/**
 * Text PostgreSQL can store as it was sent: no U+0000 (text cannot hold it) and no
 * unpaired UTF-16 surrogate (it has no UTF-8 form, and would be stored as "?").
 */
public final class StorableText {

	public static final String NUL = "must not contain the NUL character (U+0000)";

	public static final String UNPAIRED_SURROGATE = "must be valid Unicode (it holds an unpaired surrogate)";

	private StorableText() {
	}

	/** What is wrong with the text, or null if nothing is. */
	public static String problem(String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return NUL;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return UNPAIRED_SURROGATE;
			}
			if (Character.isLowSurrogate(c)) {
				return UNPAIRED_SURROGATE;
			}
		}
		return null;
	}

}
