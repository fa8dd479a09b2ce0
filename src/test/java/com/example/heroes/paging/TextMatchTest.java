package com.example.heroes.paging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextMatchTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			spider      | spider
			100%        | 100\\%
			a_b         | a\\_b
			back\\slash | back\\\\slash
			%_\\        | \\%\\_\\\\
			""")
	void likeWildcardsInClientTextMatchThemselves(String text, String escaped) {
		assertThat(TextMatch.escapeLike(text)).isEqualTo(escaped);
	}

}
