package com.example.heroes.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text PostgreSQL can store as it was sent, told apart from text it cannot. */
class StorableTextTest {

	@Test
	void plainTextHasNoProblem() {
		assertThat(StorableText.problem("Deadpond")).isNull();
		assertThat(StorableText.problem("")).isNull();
	}

	@Test
	void nullIsLeftToOtherRules() {
		assertThat(StorableText.problem(null)).isNull();
	}

	@Test
	void theNulCharacterCannotBeStored() {
		assertThat(StorableText.problem("a\u0000b")).isEqualTo("must not contain the NUL character (U+0000)");
		assertThat(StorableText.problem("\u0000")).isEqualTo(StorableText.NUL);
	}

	@Test
	void aSurrogatePairIsOneCharacterAndCanBeStored() {
		assertThat(StorableText.problem("Café 😀")).isNull();
		assertThat(StorableText.problem("\uD83D\uDE00\uD83D\uDE00")).isNull();
	}

	@Test
	void aHighSurrogateWithoutItsLowHalfCannotBeStored() {
		assertThat(StorableText.problem("a\uD83Db"))
			.isEqualTo("must be valid Unicode (it holds an unpaired surrogate)");
		assertThat(StorableText.problem("a\uD83D")).isEqualTo(StorableText.UNPAIRED_SURROGATE);
		assertThat(StorableText.problem("\uD83D\uD83D")).isEqualTo(StorableText.UNPAIRED_SURROGATE);
	}

	@Test
	void aLowSurrogateWithoutItsHighHalfCannotBeStored() {
		assertThat(StorableText.problem("\uDE00a")).isEqualTo(StorableText.UNPAIRED_SURROGATE);
		assertThat(StorableText.problem("\uD83D\uDE00\uDE00")).isEqualTo(StorableText.UNPAIRED_SURROGATE);
	}

	@Test
	void theFirstProblemIsTheOneReported() {
		assertThat(StorableText.problem("\uDE00\u0000")).isEqualTo(StorableText.UNPAIRED_SURROGATE);
		assertThat(StorableText.problem("\u0000\uDE00")).isEqualTo(StorableText.NUL);
	}

}
