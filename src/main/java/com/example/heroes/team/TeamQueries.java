package com.example.heroes.team;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import com.example.heroes.query.TextMatch;

/**
 * Query fragments other features use to filter by team inside their own SQL, without
 * seeing the team entity.
 */
public final class TeamQueries {

	private TeamQueries() {
	}

	/** {@code select id from team where lower(name) = lower(?)}, as a subquery. */
	public static Subquery<Long> idsNamed(CommonAbstractCriteria query, CriteriaBuilder cb, String name) {
		Subquery<Long> ids = query.subquery(Long.class);
		Root<Team> team = ids.from(Team.class);
		return ids.select(team.get("id")).where(TextMatch.equalsIgnoringCase(cb, team.get("name"), name));
	}

}
