package com.example.heroes.membership;

import java.util.List;

import com.example.heroes.problem.ConstraintMeaning;
import com.example.heroes.problem.ConstraintMeanings;

import org.springframework.stereotype.Component;

/**
 * What the constraints of the {@code team_member} table (V3 migration) mean to a client.
 */
@Component
class MembershipConstraints implements ConstraintMeanings {

	@Override
	public List<ConstraintMeaning> meanings() {
		return List.of(ConstraintMeaning.conflict("team_member_team_id_fkey", "The team does not exist"),
				ConstraintMeaning.conflict("team_member_hero_id_fkey", "The hero does not exist"),
				ConstraintMeaning.refusal("team_member_role_not_blank", "role", "must not be blank"));
	}

}
