package com.example.heroes.team;

import java.util.List;

/** A custom part of {@link TeamRepository}: the per-team figures. */
interface TeamStatsQueries {

	/**
	 * One row per team, heroes counted by the database in one GROUP BY, ordered by hero
	 * count descending, then name (ignoring case), then id.
	 */
	List<TeamStats> stats(int offset, int limit);

}
