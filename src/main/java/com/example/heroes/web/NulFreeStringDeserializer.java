package com.example.heroes.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads JSON strings as usual but refuses U+0000, which PostgreSQL cannot store in text.
 * Refusing it while reading keeps the field's name for the 422; the value itself is never
 * put into the error, since it may be a write-only field.
 */
public class NulFreeStringDeserializer extends StringDeserializer {

	static final String MESSAGE = "must not contain the NUL character (U+0000)";

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		if (value != null && value.indexOf('\0') >= 0) {
			return context.reportInputMismatch(this, MESSAGE);
		}
		return value;
	}

}
