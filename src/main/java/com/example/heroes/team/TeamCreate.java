package com.example.heroes.team;

import com.example.heroes.validation.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /teams}.
 *
 * @param name unique among teams, ignoring case
 * @param headquarters where the team is based
 */
@Schema(name = "TeamCreate")
public record TeamCreate(
		@Schema(example = "Preventers", minLength = 1,
				maxLength = 100) @NotNull(message = "is required") @Text(max = 100) String name,
		@Schema(example = "Sharp Tower", minLength = 1,
				maxLength = 255) @NotNull(message = "is required") @Text(max = 255) String headquarters) {
}
