package com.example.heroes.team;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
		@Schema(example = "Preventers", maxLength = 100) @NotBlank(message = "must not be blank") @Size(min = 1,
				max = 100, message = "must be 1 to 100 characters") JsonNullable<String> name,
		@Schema(example = "Sharp Tower", maxLength = 255) @NotBlank(message = "must not be blank") @Size(min = 1,
				max = 255, message = "must be 1 to 255 characters") JsonNullable<String> headquarters) {
}
