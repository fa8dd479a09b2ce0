package com.example.heroes.hero;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HeroRepository extends JpaRepository<Hero, Long> {

	/** Loads a hero to change it, locking its row until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from Hero h where h.id = :id")
	Optional<Hero> findForUpdate(long id);

	/**
	 * Reads a hero and share-locks its row: others may read it, none may change or delete
	 * it.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select h from Hero h where h.id = :id")
	Optional<Hero> findForShare(long id);

	/**
	 * Takes every hero out of a team that is about to go, as a change of each hero: the
	 * version and {@code updated_at} move, so ETags held by clients go stale.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Hero h set h.teamId = null, h.version = h.version + 1, h.updatedAt = :now where h.teamId = :teamId")
	int leaveTeam(long teamId, Instant now);

}
