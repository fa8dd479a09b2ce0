package com.example.heroes.hero;

import java.util.List;

import com.example.heroes.paging.QueryText;
import com.example.heroes.validation.Text;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The filters of hero lists, combined with AND (API.md §4). A value no hero can match (an
 * age out of 0 to 10000, a blank name or one longer than any) is a 422, as API.md §2 has
 * an invalid query parameter.
 *
 * @param name the exact name, ignoring case
 * @param nameContains a part of the name, ignoring case; {@code %} and {@code _} match
 * themselves
 * @param age the exact age
 * @param ageGte the least age
 * @param ageLte the greatest age
 * @param teamId any of these teams (repeatable)
 * @param hasTeam whether the hero has a team
 * @param team the exact name of the hero's team, ignoring case
 */
public record HeroFilter(@Parameter(description = "Exact name, ignoring case.") @Text(max = 100) String name,
		@Parameter(name = "name_contains",
				description = "Part of the name, ignoring case; `%` and `_` match themselves.") @BindParam("name_contains") @Text(
						max = 100) String nameContains,
		@Parameter(description = "Exact age.") @Range(min = 0, max = 10000, message = AGE) Integer age,
		@Parameter(name = "age_gte", description = "Least age.") @BindParam("age_gte") @Range(min = 0, max = 10000,
				message = AGE) Integer ageGte,
		@Parameter(name = "age_lte", description = "Greatest age.") @BindParam("age_lte") @Range(min = 0, max = 10000,
				message = AGE) Integer ageLte,
		@Parameter(name = "team_id",
				description = "Any of these team ids; repeat the parameter for more than one.") @BindParam("team_id") @Size(
						max = 100,
						message = "may name at most 100 teams") List<@Positive(
								message = "must be a positive id") Long> teamId,
		@Parameter(name = "has_team",
				description = "`true`: heroes with a team; `false`: heroes without one.") @BindParam("has_team") Boolean hasTeam,
		@Parameter(description = "Exact name of the hero's team, ignoring case.") @Text(max = 100) String team) {

	private static final String AGE = "must be between {min} and {max}";

	public HeroFilter {
		name = QueryText.absentIfEmpty(name);
		nameContains = QueryText.absentIfEmpty(nameContains);
		team = QueryText.absentIfEmpty(team);
		teamId = QueryText.givenValues(teamId);
	}

}
