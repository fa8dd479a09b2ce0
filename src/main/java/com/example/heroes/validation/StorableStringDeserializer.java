package com.example.heroes.validation;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads JSON strings as usual but refuses text PostgreSQL cannot store as sent (see
 * {@link StorableText}). Refusing it while reading keeps the field's name for the 422;
 * the value itself is never put into the error, since it may be a write-only field.
 */
public class StorableStringDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		String problem = StorableText.problem(value);
		if (problem != null) {
			return context.reportInputMismatch(this, problem);
		}
		return value;
	}

}
