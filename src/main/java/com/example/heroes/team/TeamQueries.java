package com.example.heroes.team;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.example.heroes.hero.TeamReferences;
import com.example.heroes.paging.TextMatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.stereotype.Component;

/**
 * The team feature's answers to what heroes ask about teams, inside the hero feature's
 * own SQL and transactions, without it seeing the team entity.
 */
@Component
class TeamQueries implements TeamReferences {

	private final EntityManager entityManager;

	TeamQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** {@code select id from team where lower(name) = lower(?)}, as a subquery. */
	@Override
	public Subquery<Long> idsNamed(CommonAbstractCriteria query, CriteriaBuilder cb, String name) {
		Subquery<Long> ids = query.subquery(Long.class);
		Root<Team> team = ids.from(Team.class);
		return ids.select(team.get("id")).where(TextMatch.equalsIgnoringCase(cb, team.get("name"), name));
	}

	@Override
	public Set<Long> lockExisting(Collection<Long> ids) {
		@SuppressWarnings("unchecked")
		List<Long> existing = this.entityManager
			.createNativeQuery("SELECT id FROM team WHERE id IN (:ids) FOR KEY SHARE", Long.class)
			.setParameter("ids", ids)
			.getResultList();
		return Set.copyOf(existing);
	}

}
