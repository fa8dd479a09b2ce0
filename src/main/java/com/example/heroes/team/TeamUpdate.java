package com.example.heroes.team;

import com.example.heroes.validation.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The body of {@code PATCH /teams/{id}}: only the properties present change (API.md §5).
 * {@link JsonNullable} tells an absent property ({@code undefined}) from one sent as
 * {@code null}; neither property may be null.
 *
 * @param name the new name
 * @param headquarters the new headquarters
 */
@Schema(name = "TeamUpdate")
public record TeamUpdate(
		@Schema(example = "Preventers", minLength = 1,
				maxLength = 100) @NotNull(message = "must not be null") @Text(max = 100) JsonNullable<String> name,
		@Schema(example = "Sharp Tower", minLength = 1, maxLength = 255) @NotNull(message = "must not be null") @Text(
				max = 255) JsonNullable<String> headquarters) {
}
