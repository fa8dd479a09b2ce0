package com.example.heroes.web;

import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each named constraint of the schema means to a client. A unique or foreign-key
 * violation is a 409; any other refusal (a CHECK the validation should have caught) is a
 * 422 on the field the constraint guards.
 */
final class DatabaseConstraints {

	/** PostgreSQL names the violated constraint in its message, in double quotes. */
	private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

	private static final String UNIQUE_VIOLATION = "23505";

	private static final String FOREIGN_KEY_VIOLATION = "23503";

	private static final String EXCLUSION_VIOLATION = "23P01";

	private static final Map<String, String> CONFLICTS = Map.of("team_name_lower_key",
			"A team with this name already exists", "hero_team_id_fkey", "team_id does not name an existing team",
			"team_member_team_id_fkey", "The team does not exist", "team_member_hero_id_fkey",
			"The hero does not exist");

	private static final Map<String, FieldError> REFUSALS = Map.of("team_name_not_blank",
			new FieldError("name", "must not be blank"), "team_headquarters_not_blank",
			new FieldError("headquarters", "must not be blank"), "hero_name_not_blank",
			new FieldError("name", "must not be blank"), "hero_secret_name_not_blank",
			new FieldError("secret_name", "must not be blank"), "hero_age_range",
			new FieldError("age", "must be between 0 and 10000"), "team_member_role_not_blank",
			new FieldError("role", "must not be blank"));

	private DatabaseConstraints() {
	}

	static boolean isConflict(SQLException ex) {
		String state = (ex != null) ? ex.getSQLState() : null;
		return UNIQUE_VIOLATION.equals(state) || FOREIGN_KEY_VIOLATION.equals(state)
				|| EXCLUSION_VIOLATION.equals(state);
	}

	static String name(SQLException ex) {
		if (ex == null || ex.getMessage() == null) {
			return null;
		}
		Matcher matcher = CONSTRAINT.matcher(ex.getMessage());
		return matcher.find() ? matcher.group(1) : null;
	}

	static String conflictDetail(String constraint) {
		return CONFLICTS.getOrDefault(constraint, "The request conflicts with stored data");
	}

	static FieldError refusal(String constraint) {
		return REFUSALS.getOrDefault(constraint, new FieldError("body", "holds a value the database cannot store"));
	}

}
