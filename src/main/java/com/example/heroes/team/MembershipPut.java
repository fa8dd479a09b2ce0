package com.example.heroes.team;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /teams/{team_id}/members/{hero_id}}, which may be left out.
 *
 * @param role the hero's role in the team; {@code member} when not given
 */
@Schema(name = "MembershipPut")
public record MembershipPut(@Schema(example = "captain", maxLength = 50, defaultValue = "member") @Pattern(
		regexp = NOT_BLANK,
		message = "must not be blank") @Size(min = 1, max = 50, message = "must be 1 to 50 characters") String role) {

	/**
	 * At least one character above U+0020, as {@code @NotBlank} and the database's CHECK
	 * have it; unlike {@code @NotBlank}, it lets an absent role through to its default.
	 */
	static final String NOT_BLANK = "(?s).*[^\\x00-\\x20].*";

	static final String DEFAULT_ROLE = "member";

	String roleOrDefault() {
		return (this.role != null) ? this.role : DEFAULT_ROLE;
	}

}
