package com.example.heroes.paging;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotalCountTest {

	@ParameterizedTest(name = "Prefer: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			count=exact                       | EXACT
			count=estimated                   | ESTIMATED
			COUNT=Exact                       | EXACT
			count="estimated"                 | ESTIMATED
			count = exact                     | EXACT
			respond-async, count=exact        | EXACT
			count=estimated; strict           | ESTIMATED
			count=exact, count=estimated      | EXACT
			count=planned                     | NONE
			count                             | NONE
			return=minimal                    | NONE
			''                                | NONE
			""")
	void theCountPreferenceIsReadAsRfc7240HasIt(String header, TotalCount expected) {
		assertThat(TotalCount.fromPrefer(List.of(header))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "Prefer: {0} then Prefer: {1}")
	@CsvSource({ "return=minimal, count=estimated, ESTIMATED", "count=exact, count=estimated, EXACT" })
	void onlyTheFirstCountPreferenceAmongSeveralHeadersCounts(String first, String second, TotalCount expected) {
		assertThat(TotalCount.fromPrefer(List.of(first, second))).isEqualTo(expected);
	}

}
