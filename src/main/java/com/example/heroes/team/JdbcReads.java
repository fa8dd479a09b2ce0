package com.example.heroes.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.example.heroes.hero.HeroPublic;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service's two busiest reads of one resource, one hero with its team and one team
 * with its heroes, each as one statement through JDBC: for them Hibernate's query path,
 * its row assembly and the repository proxy cost the service more CPU than the statement
 * costs PostgreSQL. The hero's columns are those of the hero feature's migrations, as in
 * its {@code HeroesPerTeam} subquery; both run in the caller's read-only scope, so they
 * are routed like every other read.
 */
@Component
class JdbcReads {

	private static final String HERO_WITH_TEAM = """
			select h.id, h.name, h.age, h.team_id, h.created_at, h.updated_at, h.version,
			       t.id, t.name, t.headquarters, t.created_at, t.updated_at, t.version
			from hero h left join team t on t.id = h.team_id
			where h.id = ?""";

	/** A row per hero in the order of their ids, or one with the hero's columns null. */
	private static final String TEAM_WITH_HEROES = """
			select t.id, t.name, t.headquarters, t.created_at, t.updated_at, t.version,
			       h.id, h.name, h.age, h.created_at, h.updated_at, h.version
			from team t left join hero h on h.team_id = t.id
			where t.id = ?
			order by h.id""";

	private final JdbcClient jdbc;

	JdbcReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<HeroWithTeamRow> heroWithTeam(long id) {
		return this.jdbc.sql(HERO_WITH_TEAM).param(id).query(JdbcReads::heroWithTeamRow).optional();
	}

	Optional<TeamPublicWithHeroes> teamWithHeroes(long id) {
		ResultSetExtractor<Optional<TeamPublicWithHeroes>> rows = JdbcReads::teamWithHeroes;
		return this.jdbc.sql(TEAM_WITH_HEROES).param(id).query(rows);
	}

	private static HeroWithTeamRow heroWithTeamRow(ResultSet rs, int rowNumber) throws SQLException {
		return new HeroWithTeamRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
				rs.getObject(4, Long.class), instant(rs, 5), instant(rs, 6), rs.getLong(7), rs.getObject(8, Long.class),
				rs.getString(9), rs.getString(10), instant(rs, 11), instant(rs, 12), rs.getObject(13, Long.class));
	}

	private static Optional<TeamPublicWithHeroes> teamWithHeroes(ResultSet rs) throws SQLException {
		if (!rs.next()) {
			return Optional.empty();
		}
		long teamId = rs.getLong(1);
		String name = rs.getString(2);
		String headquarters = rs.getString(3);
		Instant createdAt = instant(rs, 4);
		Instant updatedAt = instant(rs, 5);
		long version = rs.getLong(6);
		List<HeroPublic> heroes = new ArrayList<>();
		do {
			long heroId = rs.getLong(7);
			if (!rs.wasNull()) {
				heroes.add(new HeroPublic(heroId, rs.getString(8), rs.getObject(9, Integer.class), teamId,
						instant(rs, 10), instant(rs, 11), rs.getLong(12)));
			}
		}
		while (rs.next());
		return Optional.of(new TeamPublicWithHeroes(teamId, name, headquarters, createdAt, updatedAt, version,
				List.copyOf(heroes)));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
