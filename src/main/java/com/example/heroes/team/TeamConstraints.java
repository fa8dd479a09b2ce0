package com.example.heroes.team;

import java.util.List;

import com.example.heroes.problem.ConstraintMeaning;
import com.example.heroes.problem.ConstraintMeanings;

import org.springframework.stereotype.Component;

/** What the constraints of the {@code team} table (V1 migration) mean to a client. */
@Component
class TeamConstraints implements ConstraintMeanings {

	@Override
	public List<ConstraintMeaning> meanings() {
		return List.of(ConstraintMeaning.conflict("team_name_lower_key", "A team with this name already exists"),
				ConstraintMeaning.refusal("team_name_not_blank", "name", "must not be blank"),
				ConstraintMeaning.refusal("team_headquarters_not_blank", "headquarters", "must not be blank"));
	}

}
