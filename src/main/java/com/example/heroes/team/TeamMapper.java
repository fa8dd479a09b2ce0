package com.example.heroes.team;

import java.time.Instant;
import java.util.List;

import com.example.heroes.paging.Projection;

final class TeamMapper {

	/** A list's teams, read as the columns of {@link TeamPublic}, without entities. */
	static final Projection<Team, TeamPublic> PUBLIC = new Projection<>(
			(root) -> List.of(root.get("id"), root.get("name"), root.get("headquarters"), root.get("createdAt"),
					root.get("updatedAt"), root.get("version")),
			(row) -> new TeamPublic((Long) row.get(0), (String) row.get(1), (String) row.get(2), (Instant) row.get(3),
					(Instant) row.get(4), (Long) row.get(5)));

	private TeamMapper() {
	}

	static TeamPublic toPublic(Team team) {
		return new TeamPublic(team.getId(), team.getName(), team.getHeadquarters(), team.getCreatedAt(),
				team.getUpdatedAt(), team.getVersion());
	}

}
