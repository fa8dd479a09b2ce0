package com.example.heroes.membership;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A hero's membership of a team, with the data on the link. */
@Entity
@Table(name = "team_member")
@IdClass(Membership.Key.class)
class Membership {

	@Id
	private Long teamId;

	@Id
	private Long heroId;

	private String role;

	private Instant joinedAt;

	protected Membership() {
	}

	Membership(long teamId, long heroId, String role, Instant joinedAt) {
		this.teamId = teamId;
		this.heroId = heroId;
		this.role = role;
		this.joinedAt = joinedAt;
	}

	Long getTeamId() {
		return this.teamId;
	}

	Long getHeroId() {
		return this.heroId;
	}

	String getRole() {
		return this.role;
	}

	void setRole(String role) {
		this.role = role;
	}

	Instant getJoinedAt() {
		return this.joinedAt;
	}

	record Key(Long teamId, Long heroId) implements Serializable {
	}

}
