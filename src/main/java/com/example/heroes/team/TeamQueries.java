package com.example.heroes.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.example.heroes.query.TextMatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.stereotype.Component;

/**
 * What other features may ask about teams inside their own SQL and transactions, without
 * seeing the team entity.
 */
@Component
public class TeamQueries {

	private final EntityManager entityManager;

	TeamQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The team with this id, if there is one. */
	public Optional<TeamPublic> find(long id) {
		return Optional.ofNullable(this.entityManager.find(Team.class, id)).map(TeamMapper::toPublic);
	}

	/** {@code select id from team where lower(name) = lower(?)}, as a subquery. */
	public static Subquery<Long> idsNamed(CommonAbstractCriteria query, CriteriaBuilder cb, String name) {
		Subquery<Long> ids = query.subquery(Long.class);
		Root<Team> team = ids.from(Team.class);
		return ids.select(team.get("id")).where(TextMatch.equalsIgnoringCase(cb, team.get("name"), name));
	}

	/**
	 * Which of these teams exist, each locked {@code FOR KEY SHARE} (the lock a foreign
	 * key check takes) until the caller's transaction ends: none of them can be deleted
	 * before rows that refer to them are written. Call it inside a transaction.
	 */
	public Set<Long> lockExisting(Collection<Long> ids) {
		@SuppressWarnings("unchecked")
		List<Long> existing = this.entityManager
			.createNativeQuery("SELECT id FROM team WHERE id IN (:ids) FOR KEY SHARE", Long.class)
			.setParameter("ids", ids)
			.getResultList();
		return Set.copyOf(existing);
	}

}
