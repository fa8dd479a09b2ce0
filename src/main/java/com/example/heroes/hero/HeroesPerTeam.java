package com.example.heroes.hero;

/**
 * Hero counts and ages per team, as an HQL subquery that another feature may join in a
 * query of its own: {@code left join (HeroesPerTeam.HQL) s on s.teamId = t.id}. The team
 * stats are one statement over both tables this way, ordered by the count, while only
 * this feature knows the hero entity. Its columns: {@code teamId}, {@code heroes},
 * {@code averageAge}, {@code minAge}, {@code maxAge}; teams without heroes have no row.
 */
public final class HeroesPerTeam {

	public static final String HQL = """
			select h.teamId as teamId, count(h.id) as heroes, avg(h.age) as averageAge, \
			min(h.age) as minAge, max(h.age) as maxAge \
			from Hero h where h.teamId is not null group by h.teamId""";

	private HeroesPerTeam() {
	}

}
