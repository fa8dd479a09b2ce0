package com.example.heroes.team;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /teams}.
 *
 * @param name unique among teams, ignoring case
 * @param headquarters where the team is based
 */
@Schema(name = "TeamCreate")
public record TeamCreate(
		@Schema(example = "Preventers", maxLength = 100) @NotBlank(message = "must not be blank") @Size(min = 1,
				max = 100, message = "must be 1 to 100 characters") String name,
		@Schema(example = "Sharp Tower", maxLength = 255) @NotBlank(message = "must not be blank") @Size(min = 1,
				max = 255, message = "must be 1 to 255 characters") String headquarters) {
}
