package com.example.heroes.team;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long>, TeamStatsQueries {

	/** Loads a team to change it, locking its row until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Team t where t.id = :id")
	Optional<Team> findForUpdate(long id);

	/** A team with its heroes in the order of their ids, in one statement. */
	@Query("""
			select new com.example.heroes.team.TeamHeroRow(t.id, t.name, t.headquarters, t.createdAt, t.updatedAt,
				t.version, h.id, h.name, h.age, h.createdAt, h.updatedAt, h.version)
			from Team t left join Hero h on h.teamId = t.id where t.id = :id order by h.id""")
	List<TeamHeroRow> findWithHeroes(long id);

}
