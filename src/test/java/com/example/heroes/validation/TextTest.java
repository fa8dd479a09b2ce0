package com.example.heroes.validation;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Text} on a record component, through Hibernate Validator as the API runs it:
 * behind Spring's validator factory, which (unlike Hibernate Validator's own) creates the
 * package-private {@link TextValidator}.
 */
class TextTest {

	private static LocalValidatorFactoryBean validator;

	record Named(@Text(max = 5) String name) {
	}

	@BeforeAll
	static void startValidator() {
		validator = new LocalValidatorFactoryBean();
		validator.setConstraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()));
		validator.afterPropertiesSet();
	}

	@AfterAll
	static void closeValidator() {
		validator.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "Thor", "abcde", "😀😀😀😀😀", "é", "e\u0301", " a ", "\u2800a", "_", "€" })
	void visibleTextUpToTheMaximumIsValid(String name) {
		assertThat(messages(name)).isEmpty();
	}

	@Test
	void nullIsLeftToNotNull() {
		assertThat(messages(null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "   ", "\t\n\r", "\u00A0", "\u2003", "\u3000", "\u200B", "\uFEFF", "\u0301",
			"\u3164", "\u115F", "\uFFA0", "\u2800", "\uFE0F", "\u0000", "\u200B \uFEFF" })
	void textWithNoVisibleCharacterIsBlank(String name) {
		assertThat(messages(name)).containsExactly("must not be blank");
	}

	@Test
	void textLongerThanTheMaximumIsTooLong() {
		assertThat(messages("abcdef")).containsExactly("must be at most 5 characters");
	}

	@Test
	void lengthIsCountedInCodePointsNotUtf16Units() {
		assertThat(messages("😀😀😀😀😀")).isEmpty();
		assertThat(messages("😀😀😀😀😀😀")).containsExactly("must be at most 5 characters");
	}

	@Test
	void blankTextOverTheMaximumIsReportedAsBlank() {
		assertThat(messages("       ")).containsExactly("must not be blank");
	}

	@Test
	void spacesCountTowardsTheMaximum() {
		assertThat(messages(" abcd ")).containsExactly("must be at most 5 characters");
	}

	private static List<String> messages(String name) {
		Set<ConstraintViolation<Named>> violations = validator.getValidator().validate(new Named(name));
		return violations.stream().map(ConstraintViolation::getMessage).toList();
	}

}
