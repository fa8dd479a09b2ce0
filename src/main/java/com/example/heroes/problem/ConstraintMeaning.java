package com.example.heroes.problem;

/**
 * What one named constraint of the schema means to a client, declared by the feature
 * whose migration creates it (see {@link ConstraintMeanings}). A unique or foreign-key
 * violation is a 409 with the conflict's words; a CHECK refusal (one that validation
 * should have caught) is a 422 on the field it guards.
 *
 * @param constraint the constraint's name in the schema
 * @param conflict the 409's detail, or null for a refusal
 * @param refusal the field error of the 422, or null for a conflict
 */
public record ConstraintMeaning(String constraint, String conflict, FieldError refusal) {

	/** A unique or foreign-key constraint, answered as a 409 with this detail. */
	public static ConstraintMeaning conflict(String constraint, String detail) {
		return new ConstraintMeaning(constraint, detail, null);
	}

	/** A CHECK constraint guarding a field, answered as a 422 naming it. */
	public static ConstraintMeaning refusal(String constraint, String field, String message) {
		return new ConstraintMeaning(constraint, null, new FieldError(field, message));
	}

}
