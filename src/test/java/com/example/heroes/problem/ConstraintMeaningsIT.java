package com.example.heroes.problem;

import java.util.List;

import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each constraint a client's request can break has a meaning declared by the feature
 * whose migration creates it, so a new constraint without one fails here, not as a vague
 * answer in production.
 */
@IntegrationTest
class ConstraintMeaningsIT {

	@Autowired
	DatabaseConstraints constraints;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyUniqueForeignKeyAndCheckConstraintOfTheFeaturesTablesHasAMeaning() {
		List<String> schema = this.jdbc.sql("""
				SELECT conname FROM pg_constraint
				WHERE conrelid IN ('hero'::regclass, 'team'::regclass, 'team_member'::regclass)
				  AND contype IN ('u', 'f', 'c') AND conname NOT LIKE '%\\_version\\_not\\_negative'
				UNION
				SELECT indexrelid::regclass::text FROM pg_index
				WHERE indrelid IN ('hero'::regclass, 'team'::regclass, 'team_member'::regclass)
				  AND indisunique AND NOT indisprimary
				""").query(String.class).list();

		assertThat(schema).hasSizeGreaterThanOrEqualTo(10);
		assertThat(this.constraints.meanings().keySet()).containsExactlyInAnyOrderElementsOf(schema);
	}

	@Test
	void aConflictIsTheFeaturesWordsAndARefusalNamesTheGuardedField() {
		assertThat(this.constraints.conflictDetail("team_name_lower_key"))
			.isEqualTo("A team with this name already exists");
		assertThat(this.constraints.refusal("hero_age_range"))
			.isEqualTo(new FieldError("age", "must be between 0 and 10000"));
		assertThat(this.constraints.conflictDetail("no_such_constraint"))
			.isEqualTo("The request conflicts with stored data");
		assertThat(this.constraints.refusal(null))
			.isEqualTo(new FieldError("body", "holds a value the database cannot store"));
	}

}
