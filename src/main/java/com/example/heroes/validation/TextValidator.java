package com.example.heroes.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Text}, with its own message for each way text can fail it. Public, so
 * that any Bean Validation provider can make one, not only Spring's factory.
 */
public class TextValidator implements ConstraintValidator<Text, String> {

	private int max;

	@Override
	public void initialize(Text text) {
		this.max = text.max();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		String problem = null;
		if (value.codePoints().noneMatch(TextValidator::isVisible)) {
			problem = "must not be blank";
		}
		else if (value.codePointCount(0, value.length()) > this.max) {
			problem = "must be at most " + this.max + " characters";
		}
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
		return false;
	}

	/**
	 * A letter, digit, punctuation mark or symbol that shows: not a space, control,
	 * format, unassigned or combining character (a mark alone shows nothing), and not one
	 * of Unicode's default-ignorable code points (such as the Hangul fillers and the
	 * variation selectors) or the blank braille pattern.
	 */
	static boolean isVisible(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
					Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
					Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
					Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
					Character.PRIVATE_USE ->
				!isDefaultIgnorable(codePoint) && codePoint != BLANK_BRAILLE;
			default -> false;
		};
	}

	private static final int BLANK_BRAILLE = 0x2800;

	/** Unicode's Default_Ignorable_Code_Point ranges that are letters or symbols. */
	private static boolean isDefaultIgnorable(int codePoint) {
		return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
				|| (codePoint >= 0x17B4 && codePoint <= 0x17B5) || (codePoint >= 0xFFF0 && codePoint <= 0xFFF8)
				|| (codePoint >= 0xE0000 && codePoint <= 0xE0FFF);
	}

}
