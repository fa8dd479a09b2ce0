package com.example.heroes.team;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A hero with its team embedded.
 *
 * @param id the hero's id
 * @param name the hero's name
 * @param age the hero's age, or null
 * @param teamId the hero's team, or null
 * @param createdAt when the hero was created
 * @param updatedAt when the hero last changed
 * @param version grows by one on every change of the hero itself
 * @param team the hero's team, or null
 */
@Schema(name = "HeroPublicWithTeam")
public record HeroPublicWithTeam(long id, String name, @Schema(types = {
		"integer", "null" }) Integer age, @Schema(types = { "integer", "null" }) Long teamId, Instant createdAt,
		Instant updatedAt, long version, @Schema(description = "The hero's team, or null.") TeamPublic team){

}
