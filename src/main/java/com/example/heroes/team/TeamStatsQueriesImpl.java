package com.example.heroes.team;

import java.util.List;

import jakarta.persistence.EntityManager;

class TeamStatsQueriesImpl implements TeamStatsQueries {

	/**
	 * Heroes are joined by their entity name: the aggregate is one statement over both
	 * tables, which the hero feature's service could not give without a second query.
	 */
	private static final String STATS = """
			select new com.example.heroes.team.TeamStats(t.id, t.name, count(h.id), avg(h.age), min(h.age), max(h.age))
			from Team t left join Hero h on h.teamId = t.id
			group by t.id, t.name
			order by count(h.id) desc, lower(t.name), t.id""";

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
