package com.example.heroes.hero;

import com.example.heroes.validation.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.Range;

/**
 * The body of {@code POST /heroes}, and one item of {@code POST /heroes/bulk}.
 *
 * @param name the hero's name
 * @param secretName the hero's secret identity; write-only, never shown again
 * @param age the hero's age, if known
 * @param teamId the hero's team, which must exist
 */
@Schema(name = "HeroCreate")
public record HeroCreate(
		@Schema(example = "Deadpond", minLength = 1,
				maxLength = 100) @NotNull(message = "is required") @Text(max = 100) String name,
		@Schema(example = "Dive Wilson", minLength = 1, maxLength = 255,
				writeOnly = true) @NotNull(message = "is required") @Text(max = 255) String secretName,
		@Schema(example = "28", minimum = "0", maximum = "10000", types = {
				"integer", "null" }) @Range(min = 0, max = 10000,
						message = "must be between {min} and {max}") Integer age,
		@Schema(example = "1", minimum = "1",
				types = { "integer", "null" }) @Positive(message = "must be a positive id") Long teamId){

	/**
	 * What a repeat with the same {@code Idempotency-Key} must match: every field but the
	 * write-only {@code secret_name}. Were it compared, a repeat with a guessed secret
	 * name would be replayed when the guess is right and refused when it is wrong.
	 */
	HeroCreate comparedOnRepeat() {
		return new HeroCreate(this.name, null, this.age, this.teamId);
	}

}
