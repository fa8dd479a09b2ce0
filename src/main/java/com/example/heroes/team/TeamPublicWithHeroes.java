package com.example.heroes.team;

import java.time.Instant;
import java.util.List;

import com.example.heroes.hero.HeroPublic;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A team with its heroes (those whose {@code team_id} is this team), ordered by id.
 *
 * @param id the team's id
 * @param name the team's name
 * @param headquarters where the team is based
 * @param createdAt when the team was created
 * @param updatedAt when the team last changed
 * @param version grows by one on every change of the team itself
 * @param heroes the team's heroes
 */
@Schema(name = "TeamPublicWithHeroes")
public record TeamPublicWithHeroes(long id, String name, String headquarters, Instant createdAt, Instant updatedAt,
		long version, List<HeroPublic> heroes) {

}
