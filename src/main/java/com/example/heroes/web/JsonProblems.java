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

	/** Why a body that is JSON is not what the endpoint takes, as a whole. */
	static String wrongBodyType(JacksonException ex) {
		Class<?> type = (ex instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		if (type != null && (type.isArray() || Collection.class.isAssignableFrom(type))) {
			return "The body must be a JSON array";
		}
		return "The body must be a JSON object";
	}

	static String message(JacksonException ex) {
		if (ex instanceof InputCoercionException) {
			return "is out of range";
		}
		if (!(ex instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
			return "has an invalid value";
		}
		String original = mismatch.getOriginalMessage();
		if (StorableText.NUL.equals(original) || StorableText.UNPAIRED_SURROGATE.equals(original)) {
			return original;
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
