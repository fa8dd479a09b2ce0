package com.example.heroes.hero;

import java.time.Instant;
import java.util.List;

import com.example.heroes.paging.Projection;

final class HeroMapper {

	/**
	 * A list's heroes, read as the columns of {@link HeroPublic}: no entity is made, nor
	 * kept by the persistence context, for a row that is only shown.
	 */
	static final Projection<Hero, HeroPublic> PUBLIC = new Projection<>(
			(root) -> List.of(root.get("id"), root.get("name"), root.get("age"), root.get("teamId"),
					root.get("createdAt"), root.get("updatedAt"), root.get("version")),
			(row) -> new HeroPublic((Long) row.get(0), (String) row.get(1), (Integer) row.get(2), (Long) row.get(3),
					(Instant) row.get(4), (Instant) row.get(5), (Long) row.get(6)));

	private HeroMapper() {
	}

	static HeroPublic toPublic(Hero hero) {
		return new HeroPublic(hero.getId(), hero.getName(), hero.getAge(), hero.getTeamId(), hero.getCreatedAt(),
				hero.getUpdatedAt(), hero.getVersion());
	}

}
