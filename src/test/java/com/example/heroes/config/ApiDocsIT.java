package com.example.heroes.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.example.heroes.support.IntegrationTest;
import com.example.heroes.web.ProblemType;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §10: the OpenAPI document and Swagger UI, where the original served them, with
 * its schema names and every operation documented.
 */
@IntegrationTest
class ApiDocsIT {

	@Autowired
	RestTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "/v3/api-docs", "/openapi.json" })
	void theOpenApiDocumentIsServedAsOpenApi31(String path) {
		this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/json")
			.expectBody()
			.jsonPath("$.openapi")
			.value(String.class, (version) -> assertThat(version).startsWith("3.1"))
			.jsonPath("$.paths['/heroes']")
			.exists();
	}

	@Test
	void theSchemasKeepTheOriginalsNames() {
		Map<String, Object> schemas = JsonPath.read(document(), "$.components.schemas");
		assertThat(schemas).containsKeys("HeroCreate", "HeroPublic", "HeroUpdate", "HeroPublicWithTeam", "TeamCreate",
				"TeamPublic", "TeamUpdate", "TeamPublicWithHeroes", "Problem");
	}

	@Test
	void theSchemasSpellFieldsInSnakeCaseAndKeepTheSecretWriteOnly() {
		String document = document();
		Map<String, Object> create = JsonPath.read(document, "$.components.schemas.HeroCreate.properties");
		assertThat(create).containsKeys("name", "secret_name", "age", "team_id");
		assertThat(
				(Boolean) JsonPath.read(document, "$.components.schemas.HeroCreate.properties.secret_name.writeOnly"))
			.isTrue();
		for (String output : List.of("HeroPublic", "HeroPublicWithTeam")) {
			Map<String, Object> properties = JsonPath.read(document, "$.components.schemas." + output + ".properties");
			assertThat(properties).containsKeys("team_id", "created_at", "updated_at", "version")
				.doesNotContainKey("secret_name");
		}
	}

	@Test
	void everyOperationHasASummaryAStableIdAndItsErrorResponses() {
		String document = document();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
		Set<String> operationIds = new HashSet<>();
		List<String> operations = new ArrayList<>();
		paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
			operations.add(method + " " + path);
			assertThat(operation.get("summary")).as("summary of %s %s", method, path).isNotNull();
			assertThat(operationIds.add((String) operation.get("operationId")))
				.as("unique operationId of %s %s", method, path)
				.isTrue();
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
			assertThat(responses).as("responses of %s %s", method, path).containsKey("503");
			responses.forEach((status, response) -> {
				if (status.startsWith("4") || status.startsWith("5")) {
					assertThat(JsonPath.<String>read(response, "$.content['application/problem+json'].schema.$ref"))
						.isEqualTo("#/components/schemas/Problem");
				}
			});
		}));
		assertThat(operationIds).contains("createHero", "listHeroes", "getHero", "updateHero", "deleteHero",
				"createTeam", "listTeams", "getTeam", "updateTeam", "deleteTeam");
		Map<String, Object> patchHero = JsonPath.read(document, "$.paths['/heroes/{id}'].patch.responses");
		assertThat(patchHero).containsKeys("200", "400", "404", "409", "412", "413", "415", "422", "428");
		Map<String, Object> createHero = JsonPath.read(document, "$.paths['/heroes'].post.responses");
		assertThat(createHero).containsKeys("201", "400", "409", "413", "415", "422").doesNotContainKey("404");
	}

	@Test
	void successfulAnswersDocumentTheirHeaders() {
		String document = document();
		Map<String, Object> created = JsonPath.read(document, "$.paths['/heroes'].post.responses['201'].headers");
		assertThat(created).containsKeys("Location", "ETag", "Idempotent-Replayed");
		Map<String, Object> list = JsonPath.read(document, "$.paths['/heroes'].get.responses['200'].headers");
		assertThat(list).containsKeys("Link", "X-Total-Count");
		Map<String, Object> put = JsonPath.read(document, "$.paths['/teams/{teamId}/members/{heroId}'].put.responses");
		assertThat(put).containsKeys("200", "201", "412", "428");
		Map<String, Object> member = JsonPath.read(document,
				"$.paths['/teams/{teamId}/members/{heroId}'].get.responses");
		assertThat(member).doesNotContainKey("304");
		Map<String, Object> getHero = JsonPath.read(document, "$.paths['/heroes/{id}'].get.responses");
		assertThat(getHero).containsKeys("304", "400", "406", "412", "500");
		List<String> getHeroHeaders = JsonPath.read(document,
				"$.paths['/heroes/{id}'].get.parameters[?(@.in == 'header')].name");
		assertThat(getHeroHeaders).contains("If-None-Match", "If-Match");
		List<Integer> keyLength = JsonPath.read(document,
				"$.paths['/heroes'].post.parameters[?(@.name == 'Idempotency-Key')].schema.maxLength");
		assertThat(keyLength).containsExactly(255);
	}

	@Test
	void theProblemSchemaListsEveryProblemType() {
		List<String> types = JsonPath.read(document(), "$.components.schemas.Problem.properties.type.enum");
		assertThat(types).containsExactlyInAnyOrderElementsOf(
				java.util.Arrays.stream(ProblemType.values()).map((type) -> type.uri().toString()).toList());
	}

	@Test
	void swaggerUiIsServedAndDocsLeadsThere() {
		this.http.get()
			.uri("/docs")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).endsWith("/swagger-ui.html"));
		this.http.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).contains("/swagger-ui/index.html"));
		this.http.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("swagger-ui"));
	}

	private String document() {
		return this.http.get().uri("/v3/api-docs").exchange().returnResult(String.class).getResponseBody();
	}

}
