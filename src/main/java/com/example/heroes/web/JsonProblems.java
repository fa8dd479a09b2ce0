package com.example.heroes.web;

import java.util.Collection;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Words for a JSON value that parsed but has the wrong shape for its field. They are
 * written here rather than taken from Jackson, whose messages quote the submitted value
 * and name Java types.
 */
final class JsonProblems {

	private JsonProblems() {
	}

	static String message(JacksonException ex) {
		if (ex instanceof InputCoercionException) {
			return "is out of range";
		}
		if (!(ex instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
			return "has an invalid value";
		}
		if (NulFreeStringDeserializer.MESSAGE.equals(mismatch.getOriginalMessage())) {
			return NulFreeStringDeserializer.MESSAGE;
		}
		Class<?> type = mismatch.getTargetType();
		if (type == String.class) {
			return "must be a string";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "must be an integer";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "must be an array";
		}
		return "must be an object";
	}

}
