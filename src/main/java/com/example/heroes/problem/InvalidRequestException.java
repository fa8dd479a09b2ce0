package com.example.heroes.problem;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request that parsed but carries invalid values: 422 naming each offending field or
 * parameter once in {@code errors}. Where a value breaks several rules (an empty name is
 * blank and too short), one message is kept, the same one every time.
 */
public class InvalidRequestException extends ProblemException {

	public InvalidRequestException(List<FieldError> errors) {
		this(onePerField(errors));
	}

	public InvalidRequestException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	private InvalidRequestException(OnePerField errors) {
		super(ProblemType.VALIDATION, errors.detail());
		setErrors(errors.errors());
	}

	private static OnePerField onePerField(List<FieldError> all) {
		Map<String, FieldError> byField = new LinkedHashMap<>();
		all.stream()
			.sorted(Comparator.comparing(FieldError::message))
			.forEach((error) -> byField.putIfAbsent(error.field(), error));
		List<FieldError> errors = all.stream().map(FieldError::field).distinct().map(byField::get).toList();
		String detail = errors.stream()
			.map((error) -> error.field() + " " + error.message())
			.collect(Collectors.joining("; "));
		return new OnePerField(errors, detail);
	}

	private record OnePerField(List<FieldError> errors, String detail) {
	}

}
