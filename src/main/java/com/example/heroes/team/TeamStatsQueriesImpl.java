package com.example.heroes.team;

import java.util.List;

import com.example.heroes.hero.HeroesPerTeam;
import jakarta.persistence.EntityManager;

class TeamStatsQueriesImpl implements TeamStatsQueries {

	/**
	 * Every team, with the hero feature's aggregate per team joined to it: teams without
	 * heroes have no aggregate row, and count 0.
	 */
	private static final String STATS = """
			select new com.example.heroes.team.TeamStats(t.id, t.name, coalesce(s.heroes, 0L), s.averageAge, \
			s.minAge, s.maxAge) \
			from Team t left join (%s) s on s.teamId = t.id \
			order by coalesce(s.heroes, 0L) desc, lower(t.name), t.id""".formatted(HeroesPerTeam.HQL);

	private final EntityManager entityManager;

	TeamStatsQueriesImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<TeamStats> stats(int offset, int limit) {
		return this.entityManager.createQuery(STATS, TeamStats.class)
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
	}

}
