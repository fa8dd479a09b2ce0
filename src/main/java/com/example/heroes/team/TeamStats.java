package com.example.heroes.team;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One team's figures: how many heroes have it as their team, and their ages.
 *
 * @param teamId the team
 * @param name the team's name
 * @param heroCount its heroes, 0 for none
 * @param averageAge their average age, null when none has an age
 * @param minAge the youngest age, null when none has an age
 * @param maxAge the oldest age, null when none has an age
 */
@Schema(name = "TeamStats")
public record TeamStats(Long teamId, String name, Long heroCount, @Schema(types = {
		"number", "null" }) Double averageAge, @Schema(types = { "integer", "null" }) Integer minAge,
		@Schema(types = { "integer", "null" }) Integer maxAge){
}
