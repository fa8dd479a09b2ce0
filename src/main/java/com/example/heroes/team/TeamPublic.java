package com.example.heroes.team;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A team as clients see it.
 *
 * @param id the team's id
 * @param name the team's name
 * @param headquarters where the team is based
 * @param createdAt when the team was created
 * @param updatedAt when the team last changed
 * @param version grows by one on every change; the ETag is made from it
 */
@Schema(name = "TeamPublic")
public record TeamPublic(long id, String name, String headquarters, Instant createdAt, Instant updatedAt,
		long version) {
}
