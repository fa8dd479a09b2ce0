package com.example.heroes.hero;

import com.example.heroes.validation.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.Range;
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
		@Schema(example = "Deadpond", minLength = 1,
				maxLength = 100) @NotNull(message = "must not be null") @Text(max = 100) JsonNullable<String> name,
		@Schema(example = "Dive Wilson", minLength = 1, maxLength = 255, writeOnly = true) @NotNull(
				message = "must not be null") @Text(max = 255) JsonNullable<String> secretName,
		@Schema(example = "28", minimum = "0", maximum = "10000", nullable = true) @Range(min = 0, max = 10000,
				message = "must be between {min} and {max}") JsonNullable<Integer> age,
		@Schema(example = "1", minimum = "1",
				nullable = true) @Positive(message = "must be a positive id") JsonNullable<Long> teamId) {
}
