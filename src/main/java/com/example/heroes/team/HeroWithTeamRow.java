package com.example.heroes.team;

import java.time.Instant;

/**
 * A hero and its team as the one row of one statement ({@link JdbcReads#heroWithTeam}):
 * the team's columns are null when the hero has none.
 */
record HeroWithTeamRow(long id, String name, Integer age, Long teamId, Instant createdAt, Instant updatedAt,
		long version, Long teamRowId, String teamName, String teamHeadquarters, Instant teamCreatedAt,
		Instant teamUpdatedAt, Long teamVersion) {

	HeroPublicWithTeam toPublic() {
		TeamPublic team = (this.teamRowId != null) ? new TeamPublic(this.teamRowId, this.teamName,
				this.teamHeadquarters, this.teamCreatedAt, this.teamUpdatedAt, this.teamVersion) : null;
		return new HeroPublicWithTeam(this.id, this.name, this.age, this.teamId, this.createdAt, this.updatedAt,
				this.version, team);
	}

}
