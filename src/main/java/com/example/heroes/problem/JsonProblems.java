package com.example.heroes.problem;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

import com.example.heroes.validation.StorableText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;

/**
 * Words for a JSON value that parsed but has the wrong shape for its field. They are
 * written here rather than taken from Jackson, whose messages quote the submitted value
 * and name Java types.
 */
final class JsonProblems {

	private JsonProblems() {
	}

	/**
	 * Whether the body, read again from the copy {@code web.StrictBodies} keeps, is one
	 * JSON value from start to end. Asked only once the reading of a body failed at a
	 * value of the wrong type: Jackson stops there, and a body that breaks later on (cut
	 * short, a duplicate key, trailing garbage) is not JSON at all, a 400 rather than a
	 * 422.
	 */
	static boolean isWellFormed(JsonMapper json, HttpInputMessage message) {
		if (message == null) {
			return true;
		}
		MediaType type = message.getHeaders().getContentType();
		Charset charset = (type != null && type.getCharset() != null) ? type.getCharset() : StandardCharsets.UTF_8;
		try (JsonParser parser = json.createParser(new InputStreamReader(message.getBody(), charset))) {
			if (parser.nextToken() == null) {
				return false;
			}
			parser.skipChildren();
			return parser.nextToken() == null;
		}
		catch (JacksonException | IOException ex) {
			return false;
		}
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
