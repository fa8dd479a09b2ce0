package com.example.heroes.hero;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A hero as clients see it: everything but the secret name.
 *
 * @param id the hero's id
 * @param name the hero's name
 * @param age the hero's age, or null
 * @param teamId the hero's team, or null
 * @param createdAt when the hero was created
 * @param updatedAt when the hero last changed
 * @param version grows by one on every change; the ETag is made from it
 */
@Schema(name = "HeroPublic")
public record HeroPublic(long id, String name, @Schema(types = {
		"integer", "null" }) Integer age, @Schema(types = { "integer", "null" }) Long teamId, Instant createdAt,
		Instant updatedAt, long version){
}
