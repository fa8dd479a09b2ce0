package com.example.heroes.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading one hero with its team, the service's busiest read, as one statement through
 * JDBC: for a primary-key lookup Hibernate's query path and the repository proxy cost the
 * service more CPU than the statement costs PostgreSQL. The hero's columns are those of
 * the hero feature's migrations, as in its {@code HeroesPerTeam} subquery; it runs in the
 * caller's read-only scope, so it is routed like every other read.
 */
@Component
class HeroWithTeamQuery {

	private static final String SQL = """
			select h.id, h.name, h.age, h.team_id, h.created_at, h.updated_at, h.version,
			       t.id, t.name, t.headquarters, t.created_at, t.updated_at, t.version
			from hero h left join team t on t.id = h.team_id
			where h.id = ?""";

	private final JdbcClient jdbc;

	HeroWithTeamQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<HeroWithTeamRow> find(long id) {
		return this.jdbc.sql(SQL).param(id).query(HeroWithTeamQuery::row).optional();
	}

	private static HeroWithTeamRow row(ResultSet rs, int rowNumber) throws SQLException {
		return new HeroWithTeamRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
				rs.getObject(4, Long.class), instant(rs, 5), instant(rs, 6), rs.getLong(7), rs.getObject(8, Long.class),
				rs.getString(9), rs.getString(10), instant(rs, 11), instant(rs, 12), rs.getObject(13, Long.class));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
