package com.example.heroes.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds the records a list handler reads from the query string ({@code HeroFilter},
 * {@code PageParams}, ...) and validates them, as Spring's constructor binding would:
 * each component from the parameter its {@code @BindParam} names (or its own name), read
 * strictly ({@link StrictQueryValues}); a value that cannot be read, or a record that
 * breaks its constraints, is a {@link MethodArgumentNotValidException} naming every
 * offending field.
 * <p>
 * It exists for speed alone: Spring's binder works out each record component's name,
 * annotations and nullness again on every request, which a profile of
 * {@code GET /heroes?limit=100} put at a quarter of the request's CPU time. Here that is
 * worked out once per record type, in {@link QueryRecord}.
 */
class QueryRecordArgumentResolver implements HandlerMethodArgumentResolver {

	private static final String INVALID = "has an invalid value";

	private final Validator validator;

	QueryRecordArgumentResolver(Validator validator) {
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return QueryRecord.isQueryRecord(parameter);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		QueryRecord queryRecord = QueryRecord.of(parameter.getParameterType());
		String objectName = parameter.getParameterName();
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), (objectName != null) ? objectName : "query");
		Object[] values = new Object[queryRecord.components().size()];
		for (int i = 0; i < values.length; i++) {
			QueryRecord.Component component = queryRecord.components().get(i);
			try {
				values[i] = component.read(request);
			}
			catch (IllegalArgumentException ex) {
				errors.addError(
						new FieldError(errors.getObjectName(), component.field(), null, true, null, null, INVALID));
			}
		}
		List<FieldError> violations = new ArrayList<>();
		if (errors.hasErrors()) {
			// As Spring does, the values that could be read are still checked.
			for (int i = 0; i < values.length; i++) {
				if (values[i] != null) {
					violations.addAll(fieldErrors(errors.getObjectName(), this.validator
						.validateValue(queryRecord.type(), queryRecord.components().get(i).field(), values[i])));
				}
			}
		}
		else {
			Object target = queryRecord.construct(values);
			violations.addAll(fieldErrors(errors.getObjectName(), this.validator.validate(target)));
			if (violations.isEmpty()) {
				return target;
			}
		}
		violations.stream().sorted(Comparator.comparing(FieldError::getField)).forEach(errors::addError);
		throw new MethodArgumentNotValidException(parameter, errors);
	}

	private static List<FieldError> fieldErrors(String objectName, Iterable<? extends ConstraintViolation<?>> found) {
		List<FieldError> errors = new ArrayList<>();
		for (ConstraintViolation<?> violation : found) {
			errors.add(new FieldError(objectName, field(violation.getPropertyPath()), violation.getInvalidValue(),
					false, null, null, violation.getMessage()));
		}
		return errors;
	}

	/** {@code teamId[0]} for the first item of a list, as Spring's validator names it. */
	private static String field(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.isInIterable() && node.getIndex() != null) {
				field.append('[').append(node.getIndex()).append(']');
			}
			if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
				field.append(field.isEmpty() ? "" : ".").append(node.getName());
			}
		}
		return field.toString();
	}

}
