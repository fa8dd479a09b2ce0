package com.example.heroes.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.heroes.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of problem types is the registry's ({@link ProblemType}, which also
 * feeds the OpenAPI document and the type pages): the same types, with the same statuses.
 */
class ProblemTypeReadmeTest {

	private static final Pattern ROW = Pattern.compile("^\\| `(/problems/[a-z-]+)` \\| (\\d{3}) \\|",
			Pattern.MULTILINE);

	@Test
	void theReadmeListsEveryProblemTypeWithItsStatus() throws IOException {
		Matcher rows = ROW.matcher(Files.readString(Path.of("README.md")));
		Map<String, Integer> readme = new LinkedHashMap<>();
		while (rows.find()) {
			readme.put(rows.group(1), Integer.parseInt(rows.group(2)));
		}
		Map<String, Integer> registry = new LinkedHashMap<>();
		Arrays.stream(ProblemType.values())
			.forEach((type) -> registry.put(type.uri().toString(), type.status().value()));
		assertThat(readme).containsExactlyInAnyOrderEntriesOf(registry);
	}

}
