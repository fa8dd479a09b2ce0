package com.example.heroes.team;

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

}
