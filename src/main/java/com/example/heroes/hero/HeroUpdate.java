package com.example.heroes.hero;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The body of {@code PATCH /heroes/{id}}: only the properties present change (API.md §5).
 * {@link JsonNullable} tells an absent property ({@code undefined}) from one sent as
 * {@code null}: {@code null} clears {@code age} and {@code team_id}, and is refused for
 * {@code name} and {@code secret_name}, whose constraints see the null.
 *
 * @param name the new name
 * @param secretName the new secret name; write-only
 * @param age the new age, or null to clear it
 * @param teamId the new team, or null to leave the team
 */
@Schema(name = "HeroUpdate")
public record HeroUpdate(
		@Schema(example = "Deadpond", maxLength = 100) @NotBlank(message = "must not be blank") @Size(min = 1,
				max = 100, message = "must be 1 to 100 characters") JsonNullable<String> name,
		@Schema(example = "Dive Wilson", maxLength = 255, writeOnly = true) @NotBlank(
				message = "must not be blank") @Size(min = 1, max = 255,
						message = "must be 1 to 255 characters") JsonNullable<String> secretName,
		@Schema(example = "28", minimum = "0", maximum = "10000", nullable = true) @Min(value = 0,
				message = "must be between 0 and 10000") @Max(value = 10000,
						message = "must be between 0 and 10000") JsonNullable<Integer> age,
		@Schema(example = "1", nullable = true) JsonNullable<Long> teamId) {
}
