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
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What is wrong with a request body that could not be read: too large, not JSON (400), or
 * JSON with a value of the wrong shape for its field (422 naming it). The words are
 * written here rather than taken from Jackson, whose messages quote the submitted value
 * and name Java types.
 */
final class JsonProblems {

	private JsonProblems() {
	}

	static ProblemException problem(HttpMessageNotReadableException ex, JsonMapper mapper) {
		ContentTooLargeException tooLarge = ProblemDetailsAdvice.causeOf(ex, ContentTooLargeException.class);
		if (tooLarge != null) {
			return new ProblemException(ProblemType.CONTENT_TOO_LARGE, tooLarge.getMessage());
		}
		JacksonException json = ProblemDetailsAdvice.causeOf(ex, JacksonException.class);
		if (json == null) {
			return new MalformedBodyException("The request body is missing or not readable");
		}
		if (json instanceof StreamConstraintsException) {
			return new MalformedBodyException(
					"The body exceeds the JSON reader's limits (nesting, or the length of a number or string)");
		}
		if ((json instanceof StreamReadException && !(json instanceof InputCoercionException))
				|| !isWellFormed(mapper, ex.getHttpInputMessage())) {
			return new MalformedBodyException("The body is not valid JSON");
		}
		String field = ClientNames.jsonPath(json.getPath());
		if (field.isEmpty()) {
			return new MalformedBodyException(wrongBodyType(json));
		}
		return new InvalidRequestException(field, message(json));
	}

	/**
	 * Whether the body, read again from the copy {@code web.StrictBodies} keeps, is one
	 * JSON value from start to end. Asked only once the reading of a body failed at a
	 * value of the wrong type: Jackson stops there, and a body that breaks later on (cut
	 * short, a duplicate key, trailing garbage) is not JSON at all, a 400 rather than a
	 * 422.
	 */
	private static boolean isWellFormed(JsonMapper json, HttpInputMessage message) {
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
	private static String wrongBodyType(JacksonException ex) {
		Class<?> type = (ex instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		if (type != null && (type.isArray() || Collection.class.isAssignableFrom(type))) {
			return "The body must be a JSON array";
		}
		return "The body must be a JSON object";
	}

	private static String message(JacksonException ex) {
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
