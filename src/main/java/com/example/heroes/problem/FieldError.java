package com.example.heroes.problem;

/**
 * One entry of a validation problem's {@code errors}: the offending field or query
 * parameter, spelled as the client spells it ({@code secret_name}, {@code [3].name}).
 */
public record FieldError(String field, String message) {
}
