package com.example.heroes.team;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@Table(name = "team")
@EntityListeners(AuditingEntityListener.class)
class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_id_seq")
	@SequenceGenerator(name = "team_id_seq", sequenceName = "team_id_seq", allocationSize = 50)
	private Long id;

	private String name;

	private String headquarters;

	@CreatedDate
	private Instant createdAt;

	@LastModifiedDate
	private Instant updatedAt;

	@Version
	private Long version;

	protected Team() {
	}

	Team(String name, String headquarters) {
		this.name = name;
		this.headquarters = headquarters;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	void setName(String name) {
		this.name = name;
	}

	String getHeadquarters() {
		return this.headquarters;
	}

	void setHeadquarters(String headquarters) {
		this.headquarters = headquarters;
	}

	/**
	 * Marks a change to the team's memberships as a change of the team: on flush its
	 * version and {@code updated_at} move, so that {@code If-Match} on membership writes
	 * catches concurrent ones.
	 */
	void membershipsChanged(Instant now) {
		this.updatedAt = now;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Long getVersion() {
		return this.version;
	}

}
