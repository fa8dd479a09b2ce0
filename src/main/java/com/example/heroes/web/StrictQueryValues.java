package com.example.heroes.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.format.FormatterRegistry;

/**
 * How query parameter values become numbers and booleans: strictly. Spring would read
 * {@code limit=0x10} as 16 and {@code has_team=yes} as true; here an integer is decimal
 * digits and a boolean is {@code true} or {@code false}, anything else a 422 naming the
 * parameter. An empty value counts as absent.
 * <p>
 * Both as property editors and as converters: a single value goes through the editors,
 * which have the last word (when a converter refuses a value, Spring falls back to its
 * own lenient editors); the items of a repeated parameter go through the converters. The
 * editors are registered on every data binder by the binding initializer
 * ({@link WebConfig}), not by an {@code @InitBinder} method, which Spring MVC would look
 * up and invoke reflectively for each binder of each request.
 */
final class StrictQueryValues {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

	private StrictQueryValues() {
	}

	static void registerEditors(PropertyEditorRegistry binder) {
		binder.registerCustomEditor(Integer.class, editor(decimal(Integer::valueOf)));
		binder.registerCustomEditor(Long.class, editor(decimal(Long::valueOf)));
		binder.registerCustomEditor(Boolean.class, editor(StrictQueryValues::toBoolean));
	}

	static void registerConverters(FormatterRegistry registry) {
		registry.addConverter(String.class, Integer.class, (text) -> (Integer) parse(text, decimal(Integer::valueOf)));
		registry.addConverter(String.class, Long.class, (text) -> (Long) parse(text, decimal(Long::valueOf)));
		registry.addConverter(String.class, Boolean.class,
				(text) -> (Boolean) parse(text, StrictQueryValues::toBoolean));
	}

	/**
	 * Reads one query value as the given type (String, Integer, Long or Boolean); an
	 * empty value is null.
	 * @throws IllegalArgumentException if the value is not one of that type
	 */
	static Object convert(String text, Class<?> type) {
		if (type == Integer.class) {
			return parse(text, decimal(Integer::valueOf));
		}
		if (type == Long.class) {
			return parse(text, decimal(Long::valueOf));
		}
		if (type == Boolean.class) {
			return parse(text, StrictQueryValues::toBoolean);
		}
		if (type == String.class) {
			return text;
		}
		throw new IllegalStateException("No query value of type " + type.getName());
	}

	private static Object parse(String text, Function<String, Object> parse) {
		return (text == null || text.isEmpty()) ? null : parse.apply(text);
	}

	private static PropertyEditorSupport editor(Function<String, Object> parse) {
		return new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(parse(text, parse));
			}

		};
	}

	private static Function<String, Object> decimal(Function<String, Object> parse) {
		return (text) -> {
			if (!DECIMAL.matcher(text).matches()) {
				throw new IllegalArgumentException("Not a decimal integer");
			}
			return parse.apply(text);
		};
	}

	private static Boolean toBoolean(String text) {
		if (text.equalsIgnoreCase("true")) {
			return Boolean.TRUE;
		}
		if (text.equalsIgnoreCase("false")) {
			return Boolean.FALSE;
		}
		throw new IllegalArgumentException("Not true or false");
	}

}
