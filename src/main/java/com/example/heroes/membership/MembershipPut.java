package com.example.heroes.membership;

import com.example.heroes.validation.Text;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PUT /teams/{team_id}/members/{hero_id}}, which may be left out.
 *
 * @param role the hero's role in the team; {@code member} when not given
 */
@Schema(name = "MembershipPut")
public record MembershipPut(@Schema(example = "captain", minLength = 1, maxLength = 50,
		defaultValue = "member") @Text(max = 50) String role) {

	static final String DEFAULT_ROLE = "member";

	String roleOrDefault() {
		return (this.role != null) ? this.role : DEFAULT_ROLE;
	}

}
