package com.example.heroes.hero;

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

/**
 * A hero. Its team is held by id: the team feature owns teams, and the foreign key in the
 * database keeps the reference honest.
 */
@Entity
@Table(name = "hero")
@EntityListeners(AuditingEntityListener.class)
class Hero {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hero_id_seq")
	@SequenceGenerator(name = "hero_id_seq", sequenceName = "hero_id_seq", allocationSize = 50)
	private Long id;

	private String name;

	private String secretName;

	private Integer age;

	private Long teamId;

	@CreatedDate
	private Instant createdAt;

	@LastModifiedDate
	private Instant updatedAt;

	@Version
	private Long version;

	protected Hero() {
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

	/**
	 * Sets the secret name, and counts it as a change even when it is the stored one:
	 * were the version and {@code updated_at} to stay, they would tell the client that it
	 * had sent the stored secret name.
	 */
	void replaceSecretName(String secretName, Instant now) {
		this.secretName = secretName;
		this.updatedAt = now;
	}

	Integer getAge() {
		return this.age;
	}

	void setAge(Integer age) {
		this.age = age;
	}

	Long getTeamId() {
		return this.teamId;
	}

	void setTeamId(Long teamId) {
		this.teamId = teamId;
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
