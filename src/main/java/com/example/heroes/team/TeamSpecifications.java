package com.example.heroes.team;

import java.util.ArrayList;
import java.util.List;

import com.example.heroes.paging.TextMatch;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** Translates {@link TeamFilter} into SQL. */
final class TeamSpecifications {

	private TeamSpecifications() {
	}

	static Specification<Team> matching(TeamFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.name() != null) {
				predicates.add(TextMatch.equalsIgnoringCase(cb, root.get("name"), filter.name()));
			}
			if (filter.nameContains() != null) {
				predicates.add(TextMatch.containsIgnoringCase(cb, root.get("name"), filter.nameContains()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
