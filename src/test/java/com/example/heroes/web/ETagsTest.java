package com.example.heroes.web;

import com.example.heroes.problem.PreconditionFailedException;
import com.example.heroes.problem.PreconditionRequiredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ETagsTest {

	@Test
	void aTagIsTheVersionInQuotes() {
		assertThat(ETags.of(3)).isEqualTo("\"3\"");
	}

	@Test
	void aTagWithEmbeddedRowsStartsWithTheVersionAndChangesWithThem() {
		String tag = ETags.of(3, "7:0,9:2");
		assertThat(tag).matches("\"3-[0-9a-f]+\"");
		assertThat(ETags.of(3, "7:0,9:3")).isNotEqualTo(tag);
		assertThat(ETags.of(3, "7:0,9:2")).isEqualTo(tag);
	}

	@Test
	void ifMatchMatchesTheVersionOfEitherForm() {
		assertThat(IfMatch.parse("\"3\"").matches(3)).isTrue();
		assertThat(IfMatch.parse(ETags.of(3, "7:0")).matches(3)).isTrue();
		assertThat(IfMatch.parse("\"3\"").matches(4)).isFalse();
	}

	@Test
	void ifMatchAcceptsAListAndAStar() {
		assertThat(IfMatch.parse("\"1\", \"4\"").matches(4)).isTrue();
		assertThat(IfMatch.parse("*").matches(12)).isTrue();
		assertThat(IfMatch.ABSENT.matches(12)).isTrue();
	}

	@Test
	void aWriteWithoutTheRequiredIfMatchIs428AndWithAStaleOne412() {
		assertThatExceptionOfType(PreconditionRequiredException.class)
			.isThrownBy(() -> IfMatch.MISSING.require("Hero", 1, 3));
		assertThatExceptionOfType(PreconditionFailedException.class)
			.isThrownBy(() -> IfMatch.parse("\"2\"").require("Hero", 1, 3))
			.satisfies((refused) -> assertThat(refused.getBody().getDetail()).contains("Hero 1 is at version 3"));
		IfMatch.parse("\"3\"").require("Hero", 1, 3);
		IfMatch.ABSENT.require("Hero", 1, 3);
	}

	@Test
	void ifMatchReadsTagsWithCommasAndSpacesInsideTheirQuotesAsOne() {
		assertThat(IfMatch.parse("\"3, 4\"").matches(3)).isFalse();
		assertThat(IfMatch.parse(" \"5\" ,\"3\"").matches(3)).isTrue();
	}

	@Test
	void aStarAnywhereInIfNoneMatchIsAWildcard() {
		assertThat(ETags.anyIsWildcard(java.util.List.of("\"1\"", "\"2\", *"))).isTrue();
		assertThat(ETags.anyIsWildcard(java.util.List.of("\"*\""))).isFalse();
		assertThat(ETags.anyIsWildcard(java.util.List.of())).isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "W/\"3\"", "3", "\"\"", "\"abc\"", "\"3", "\"-3\"", "\"99999999999999999999\"", "", "\"03\"" })
	void weakOrMalformedTagsNeverMatch(String header) {
		assertThat(IfMatch.parse(header).matches(3)).isFalse();
	}

}
