package com.example.heroes.team;

final class TeamMapper {

	private TeamMapper() {
	}

	static TeamPublic toPublic(Team team) {
		return new TeamPublic(team.getId(), team.getName(), team.getHeadquarters(), team.getCreatedAt(),
				team.getUpdatedAt(), team.getVersion());
	}

}
