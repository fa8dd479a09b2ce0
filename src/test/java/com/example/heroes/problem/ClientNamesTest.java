package com.example.heroes.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientNamesTest {

	@ParameterizedTest
	@CsvSource({ "name, name", "secretName, secret_name", "teamId, team_id", "age_gte, age_gte",
			"[3].secretName, [3].secret_name", "items[2].teamId, items[2].team_id" })
	void javaPropertyPathsAreSpelledInSnakeCase(String javaPath, String clientName) {
		assertThat(ClientNames.property(javaPath)).isEqualTo(clientName);
	}

}
