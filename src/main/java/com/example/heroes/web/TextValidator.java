package com.example.heroes.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text}, with its own message for each way text can fail it. */
class TextValidator implements ConstraintValidator<Text, String> {

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

	/** Neither a space of any kind nor a control or format character. */
	static boolean isVisible(int codePoint) {
		int type = Character.getType(codePoint);
		return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint) && type != Character.CONTROL
				&& type != Character.FORMAT;
	}

}
