package com.example.heroes.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;

import org.springframework.stereotype.Component;

/**
 * What a violated constraint means to a client, from the meanings the features declare
 * ({@link ConstraintMeanings}). Whether it is a conflict is told by PostgreSQL's
 * SQLSTATE; which constraint it was, by Hibernate's exception or, for statements that
 * bypass Hibernate, by the driver's own field for it.
 */
@Component
class DatabaseConstraints {

	private static final String UNIQUE_VIOLATION = "23505";

	private static final String FOREIGN_KEY_VIOLATION = "23503";

	private static final String EXCLUSION_VIOLATION = "23P01";

	private final Map<String, ConstraintMeaning> meanings;

	DatabaseConstraints(List<ConstraintMeanings> features) {
		this.meanings = features.stream()
			.flatMap((feature) -> feature.meanings().stream())
			.collect(Collectors.toUnmodifiableMap(ConstraintMeaning::constraint, Function.identity()));
	}

	static boolean isConflict(SQLException ex) {
		String state = (ex != null) ? ex.getSQLState() : null;
		return UNIQUE_VIOLATION.equals(state) || FOREIGN_KEY_VIOLATION.equals(state)
				|| EXCLUSION_VIOLATION.equals(state);
	}

	/** The name of the violated constraint, or null when the exception does not say. */
	static String name(Throwable ex) {
		// Hibernate's exception wraps the driver's, so it is met first down the chain.
		for (Throwable cause = ex; cause != null; cause = nextOf(cause)) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName();
			}
			if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null
					&& psql.getServerErrorMessage().getConstraint() != null) {
				return psql.getServerErrorMessage().getConstraint();
			}
		}
		return null;
	}

	/** The cause, or for a batch the exception chained to it, where PostgreSQL's is. */
	private static Throwable nextOf(Throwable ex) {
		if (ex instanceof SQLException sql && sql.getNextException() != null) {
			return sql.getNextException();
		}
		return (ex.getCause() != ex) ? ex.getCause() : null;
	}

	String conflictDetail(String constraint) {
		ConstraintMeaning meaning = (constraint != null) ? this.meanings.get(constraint) : null;
		return (meaning != null && meaning.conflict() != null) ? meaning.conflict()
				: "The request conflicts with stored data";
	}

	FieldError refusal(String constraint) {
		ConstraintMeaning meaning = (constraint != null) ? this.meanings.get(constraint) : null;
		return (meaning != null && meaning.refusal() != null) ? meaning.refusal()
				: new FieldError("body", "holds a value the database cannot store");
	}

	/** Every constraint a feature has declared a meaning for. */
	Map<String, ConstraintMeaning> meanings() {
		return this.meanings;
	}

}
