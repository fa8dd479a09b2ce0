package com.example.heroes.membership;

import java.time.Instant;

import com.example.heroes.hero.HeroPublic;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member of a team: the hero, its role, and when it joined.
 *
 * @param hero the hero
 * @param role its role in the team
 * @param joinedAt when it joined
 */
@Schema(name = "TeamMember")
public record TeamMember(HeroPublic hero, String role, Instant joinedAt) {
}
