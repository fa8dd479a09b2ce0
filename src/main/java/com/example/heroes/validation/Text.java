package com.example.heroes.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text field as the API defines one: at most {@link #max()} characters, counted as
 * Unicode code points (as PostgreSQL counts {@code varchar(n)}, so an emoji is one), and
 * at least one visible character, so that spaces of any kind, line breaks, and invisible
 * format characters such as U+200B or U+FEFF alone are blank. Null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

	/** The most characters the text may have. */
	int max();

	String message() default "must be 1 to {max} characters, not blank";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
