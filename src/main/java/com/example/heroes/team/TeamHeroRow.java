package com.example.heroes.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.example.heroes.hero.HeroPublic;

/**
 * A team and one of its heroes as one row of one statement
 * ({@link TeamRepository#findWithHeroes}): a row per hero, or one row with the hero's
 * columns null for a team without heroes.
 */
record TeamHeroRow(long id, String name, String headquarters, Instant createdAt, Instant updatedAt, long version,
		Long heroId, String heroName, Integer heroAge, Instant heroCreatedAt, Instant heroUpdatedAt, Long heroVersion) {

	/** The team of these rows with its heroes, in the rows' order; empty for no rows. */
	static Optional<TeamPublicWithHeroes> toPublic(List<TeamHeroRow> rows) {
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<HeroPublic> heroes = new ArrayList<>(rows.size());
		for (TeamHeroRow row : rows) {
			if (row.heroId != null) {
				heroes.add(new HeroPublic(row.heroId, row.heroName, row.heroAge, row.id, row.heroCreatedAt,
						row.heroUpdatedAt, row.heroVersion));
			}
		}
		TeamHeroRow team = rows.get(0);
		return Optional.of(new TeamPublicWithHeroes(team.id, team.name, team.headquarters, team.createdAt,
				team.updatedAt, team.version, List.copyOf(heroes)));
	}

}
