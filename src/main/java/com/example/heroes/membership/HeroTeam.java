package com.example.heroes.membership;

import java.time.Instant;

import com.example.heroes.team.TeamPublic;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A team a hero is a member of, with the hero's role there and when it joined.
 *
 * @param team the team
 * @param role the hero's role in it
 * @param joinedAt when the hero joined
 */
@Schema(name = "HeroTeam")
public record HeroTeam(TeamPublic team, String role, Instant joinedAt) {
}
