package com.example.heroes.hero;

import java.util.ArrayList;
import java.util.List;

import com.example.heroes.paging.TextMatch;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** Translates {@link HeroFilter} into SQL. */
final class HeroSpecifications {

	private HeroSpecifications() {
	}

	static Specification<Hero> matching(HeroFilter filter, TeamReferences teams) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.name() != null) {
				predicates.add(TextMatch.equalsIgnoringCase(cb, root.get("name"), filter.name()));
			}
			if (filter.nameContains() != null) {
				predicates.add(TextMatch.containsIgnoringCase(cb, root.get("name"), filter.nameContains()));
			}
			if (filter.age() != null) {
				predicates.add(cb.equal(root.get("age"), filter.age()));
			}
			if (filter.ageGte() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("age"), filter.ageGte()));
			}
			if (filter.ageLte() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("age"), filter.ageLte()));
			}
			if (filter.teamId() != null && !filter.teamId().isEmpty()) {
				predicates.add(root.get("teamId").in(filter.teamId()));
			}
			if (filter.hasTeam() != null) {
				predicates.add(filter.hasTeam() ? cb.isNotNull(root.get("teamId")) : cb.isNull(root.get("teamId")));
			}
			if (filter.team() != null) {
				predicates.add(root.get("teamId").in(teams.idsNamed(query, cb, filter.team())));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	static Specification<Hero> inTeam(long teamId) {
		return (root, query, cb) -> cb.equal(root.get("teamId"), teamId);
	}

}
