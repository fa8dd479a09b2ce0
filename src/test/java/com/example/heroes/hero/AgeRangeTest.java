package com.example.heroes.hero;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An age out of 0 to 10000 is one error with the contract's words, on create and PATCH.
 */
class AgeRangeTest {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void anAgeOutOfRangeIsOneErrorOnCreate() {
		for (int age : new int[] { -1, 10_001 }) {
			assertThat(messages(new HeroCreate("n", "s", age, null))).containsExactly("must be between 0 and 10000");
		}
		assertThat(messages(new HeroCreate("n", "s", 10_000, null))).isEmpty();
		assertThat(messages(new HeroCreate("n", "s", null, null))).isEmpty();
	}

	@Test
	void anAgeOutOfRangeIsOneErrorOnPatch() {
		for (int age : new int[] { -1, 10_001 }) {
			assertThat(messages(update(JsonNullable.of(age)))).containsExactly("must be between 0 and 10000");
		}
		assertThat(messages(update(JsonNullable.of(0)))).isEmpty();
		assertThat(messages(update(JsonNullable.of(null)))).isEmpty();
		assertThat(messages(update(JsonNullable.undefined()))).isEmpty();
	}

	private static HeroUpdate update(JsonNullable<Integer> age) {
		return new HeroUpdate(JsonNullable.undefined(), JsonNullable.undefined(), age, JsonNullable.undefined());
	}

	private List<String> messages(Object body) {
		return this.validator.validateProperty(body, "age")
			.stream()
			.map((violation) -> violation.getMessage())
			.toList();
	}

}
