package com.example.heroes.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.PropertyNamingStrategy;

import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Names fields and parameters the way the client spells them: {@code secret_name}, not
 * {@code secretName}; {@code [3].name} for item 3 of a list body. Jackson's naming
 * strategy spells each name; Spring has nothing that walks a binding path for it.
 */
final class ClientNames {

	private static final PropertyNamingStrategy SNAKE_CASE = PropertyNamingStrategies.SNAKE_CASE;

	private ClientNames() {
	}

	/** A Java property path such as {@code items[3].secretName}, in snake_case. */
	static String property(String path) {
		StringBuilder name = new StringBuilder();
		for (String segment : path.split("\\.")) {
			int bracket = segment.indexOf('[');
			String property = (bracket >= 0) ? segment.substring(0, bracket) : segment;
			String index = (bracket >= 0) ? segment.substring(bracket) : "";
			if (!property.isEmpty()) {
				name.append(name.isEmpty() ? "" : ".").append(SNAKE_CASE.nameForField(null, null, property));
			}
			name.append(index);
		}
		return name.toString();
	}

	/** The name a handler method parameter has in the request. */
	static String parameter(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null && !requestParam.name().isEmpty()) {
			return requestParam.name();
		}
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null && !header.name().isEmpty()) {
			return header.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null && !pathVariable.name().isEmpty()) {
			return pathVariable.name();
		}
		String name = parameter.getParameterName();
		return (name != null) ? property(name) : "request";
	}

	/** Where in a JSON body a read error happened: {@code age}, {@code [3].name}. */
	static String jsonPath(List<JacksonException.Reference> path) {
		StringBuilder name = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				name.append(name.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				name.append('[').append(reference.getIndex()).append(']');
			}
		}
		return name.toString();
	}

	/**
	 * The errors of constraints on handler parameters, by the names the client used. The
	 * items of a list body are named by their index, {@code [3].name}, as API.md §2
	 * spells them.
	 */
	static List<FieldError> fieldErrors(HandlerMethodValidationException ex) {
		List<FieldError> errors = new ArrayList<>();
		List<ParameterValidationResult> results = ex.getParameterValidationResults()
			.stream()
			.sorted(Comparator.comparing(ParameterValidationResult::getContainerIndex,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
		for (ParameterValidationResult result : results) {
			String name = (result.getContainerIndex() != null) ? "[" + result.getContainerIndex() + "]"
					: ClientNames.parameter(result.getMethodParameter());
			if (result instanceof ParameterErrors parameterErrors) {
				parameterErrors.getFieldErrors()
					.stream()
					.sorted(Comparator.comparing(org.springframework.validation.FieldError::getField))
					.forEach((error) -> errors.add(new FieldError(name + "." + ClientNames.property(error.getField()),
							error.getDefaultMessage())));
				parameterErrors.getGlobalErrors()
					.forEach((error) -> errors.add(new FieldError(name, error.getDefaultMessage())));
			}
			else {
				result.getResolvableErrors()
					.forEach((error) -> errors.add(new FieldError(name, error.getDefaultMessage())));
			}
		}
		return errors;
	}

	/**
	 * The errors of a bound query record, by the parameters the client sent: a value of a
	 * repeated parameter is named as the parameter ({@code team_id}), not by an index the
	 * client never wrote, and two values wrong alike are one error.
	 */
	static List<FieldError> queryParameterErrors(BindingResult result) {
		return fieldErrors(result).stream()
			.map((error) -> new FieldError(error.field().replaceAll("\\[\\d+]", ""), error.message()))
			.distinct()
			.toList();
	}

	/** The errors of a bound body or query record, by the names the client used. */
	static List<FieldError> fieldErrors(BindingResult result) {
		return result.getAllErrors().stream().map((error) -> {
			if (error instanceof org.springframework.validation.FieldError fieldError) {
				String message = fieldError.isBindingFailure() ? "has an invalid value"
						: fieldError.getDefaultMessage();
				return new FieldError(ClientNames.property(fieldError.getField()), message);
			}
			return new FieldError(ClientNames.property(error.getObjectName()), error.getDefaultMessage());
		}).toList();
	}

}
