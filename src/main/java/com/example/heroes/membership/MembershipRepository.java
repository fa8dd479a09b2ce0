package com.example.heroes.membership;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Membership.Key> {

	@Modifying
	@Query("delete from Membership m where m.teamId = :teamId and m.heroId = :heroId")
	int deleteMembership(long teamId, long heroId);

}
