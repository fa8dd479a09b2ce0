package com.example.heroes.hero;

import java.util.Collection;
import java.util.Set;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Subquery;

/**
 * What heroes need to know about teams, implemented by the team feature. A hero holds its
 * team by id; the team feature builds on heroes (a team lists its heroes), so the hero
 * feature states what it asks here instead of depending on teams.
 */
public interface TeamReferences {

	/**
	 * Which of these teams exist, each locked {@code FOR KEY SHARE} (the lock a foreign
	 * key check takes) until the caller's transaction ends: none of them can be deleted
	 * before rows that refer to them are written. Call it inside a transaction.
	 */
	Set<Long> lockExisting(Collection<Long> ids);

	/** The ids of the teams with this name, ignoring case, as a subquery of the query. */
	Subquery<Long> idsNamed(CommonAbstractCriteria query, CriteriaBuilder cb, String name);

}
