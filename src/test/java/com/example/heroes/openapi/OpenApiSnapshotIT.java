package com.example.heroes.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed snapshot of the OpenAPI document, {@code docs/openapi.json}, is the
 * document the service serves: the generated client ({@code GeneratedClientIT}) and the
 * linter ({@code OpenApiLintTest}) read the snapshot, so a change to the API shows up
 * here as a diff to review. Refresh it with
 * {@code ./mvnw verify -Dit.test=OpenApiSnapshotIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.snapshot.refresh=true}.
 */
@IntegrationTest
class OpenApiSnapshotIT {

	static final Path SNAPSHOT = Path.of("docs", "openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	RestTestClient http;

	@Test
	void theCommittedSnapshotIsTheServedDocument() throws IOException {
		String served = this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		JsonNode live = JSON.readTree(served);
		if (Boolean.getBoolean("openapi.snapshot.refresh")) {
			Files.writeString(SNAPSHOT, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n",
					StandardCharsets.UTF_8);
		}
		assertThat(JSON.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)))
			.as("docs/openapi.json differs from the served document; if the change is meant, refresh it with "
					+ "-Dopenapi.snapshot.refresh=true (see the README)")
			.isEqualTo(live);
	}

}
