package com.example.heroes.hero;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
		@Schema(example = "Deadpond", maxLength = 100) @NotBlank(message = "must not be blank") @Size(min = 1,
				max = 100, message = "must be 1 to 100 characters") String name,
		@Schema(example = "Dive Wilson", maxLength = 255, writeOnly = true) @NotBlank(
				message = "must not be blank") @Size(min = 1, max = 255,
						message = "must be 1 to 255 characters") String secretName,
		@Schema(example = "28", minimum = "0", maximum = "10000") @Min(value = 0,
				message = "must be between 0 and 10000") @Max(value = 10000,
						message = "must be between 0 and 10000") Integer age,
		@Schema(example = "1") Long teamId) {
}
