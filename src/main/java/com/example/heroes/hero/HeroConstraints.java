package com.example.heroes.hero;

import java.util.List;

import com.example.heroes.problem.ConstraintMeaning;
import com.example.heroes.problem.ConstraintMeanings;

import org.springframework.stereotype.Component;

/** What the constraints of the {@code hero} table (V1 migration) mean to a client. */
@Component
class HeroConstraints implements ConstraintMeanings {

	@Override
	public List<ConstraintMeaning> meanings() {
		return List.of(ConstraintMeaning.conflict("hero_team_id_fkey", "team_id does not name an existing team"),
				ConstraintMeaning.refusal("hero_name_not_blank", "name", "must not be blank"),
				ConstraintMeaning.refusal("hero_secret_name_not_blank", "secret_name", "must not be blank"),
				ConstraintMeaning.refusal("hero_age_range", "age", "must be between 0 and 10000"));
	}

}
