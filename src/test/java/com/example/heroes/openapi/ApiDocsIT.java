package com.example.heroes.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.example.heroes.problem.ProblemType;
import com.example.heroes.paging.PageResponses;
import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
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

	@Autowired
	Api api;

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
			assertThat(responses).as("responses of %s %s", method, path).containsKeys("422", "503");
			assertThat(JsonPath.<List<String>>read(operation, "$.parameters[?(@.in == 'header')].name"))
				.as("headers of %s %s", method, path)
				.contains("Consistency-Token");
			responses.forEach((status, response) -> {
				if (status.startsWith("2") && !method.equals("get")) {
					assertThat(JsonPath.<Map<String, Object>>read(response, "$.headers"))
						.as("headers of %s %s %s", method, path, status)
						.containsKey("Consistency-Token");
				}
			});
			responses.forEach((status, response) -> {
				if (status.startsWith("4") || status.startsWith("5")) {
					assertThat(JsonPath.<String>read(response, "$.content['application/problem+json'].schema.$ref"))
						.isEqualTo("#/components/schemas/Problem");
				}
			});
		}));
		assertThat(operationIds).contains("createHero", "listHeroes", "getHero", "updateHero", "deleteHero",
				"createTeam", "listTeams", "getTeam", "updateTeam", "deleteTeam");
		Map<String, Object> patchHero = JsonPath.read(document, "$.paths['/heroes/{hero_id}'].patch.responses");
		assertThat(patchHero).containsKeys("200", "400", "404", "409", "412", "413", "415", "422", "428");
		Map<String, Object> createHero = JsonPath.read(document, "$.paths['/heroes'].post.responses");
		assertThat(createHero).containsKeys("201", "400", "409", "413", "415", "422").doesNotContainKey("404");
	}

	/** A list repeats its query in the Link header; one too long for it is a 414. */
	@Test
	void everyListDocumentsThe414OfAQueryTooLongForItsLinks() {
		String document = document();
		List<String> lists = JsonPath.read(document, "$.paths.*.get[?(@.responses['200'].headers.Link)].operationId");
		List<String> with414 = JsonPath.read(document,
				"$.paths.*.get[?(@.responses['414'].content['application/problem+json'].examples['malformed-request']"
						+ ".value.status == 414)].operationId");
		assertThat(lists).hasSize(6).containsExactlyInAnyOrderElementsOf(with414);
		assertThat(JsonPath.<String>read(document,
				"$.paths['/heroes'].get.responses['414'].content['application/problem+json'].examples['malformed-request']"
						+ ".value.detail"))
			.isEqualTo(PageResponses.LINK_TOO_LONG);
	}

	@Test
	void successfulAnswersDocumentTheirHeaders() {
		String document = document();
		Map<String, Object> created = JsonPath.read(document, "$.paths['/heroes'].post.responses['201'].headers");
		assertThat(created).containsKeys("Location", "ETag", "Idempotent-Replayed");
		Map<String, Object> list = JsonPath.read(document, "$.paths['/heroes'].get.responses['200'].headers");
		assertThat(list).containsKeys("Link", "X-Total-Count");
		Map<String, Object> put = JsonPath.read(document,
				"$.paths['/teams/{team_id}/members/{hero_id}'].put.responses");
		assertThat(put).containsKeys("200", "201", "412", "428");
		Map<String, Object> member = JsonPath.read(document,
				"$.paths['/teams/{team_id}/members/{hero_id}'].get.responses");
		assertThat(member).doesNotContainKey("304");
		Map<String, Object> getHero = JsonPath.read(document, "$.paths['/heroes/{hero_id}'].get.responses");
		assertThat(getHero).containsKeys("304", "400", "406", "412", "500");
		List<String> getHeroHeaders = JsonPath.read(document,
				"$.paths['/heroes/{hero_id}'].get.parameters[?(@.in == 'header')].name");
		assertThat(getHeroHeaders).contains("If-None-Match", "If-Match");
		List<Integer> keyLength = JsonPath.read(document,
				"$.paths['/heroes'].post.parameters[?(@.name == 'Idempotency-Key')].schema.maxLength");
		assertThat(keyLength).containsExactly(255);
	}

	@Test
	void theProblemTypeIsAnOpenSetThatDescribesEveryKnownType() {
		Map<String, Object> type = JsonPath.read(document(), "$.components.schemas.Problem.properties.type");
		assertThat(type).doesNotContainKey("enum");
		assertThat((String) type.get("description")).contains("must expect types not listed here");
		for (ProblemType problem : ProblemType.values()) {
			assertThat((String) type.get("description"))
				.contains("`" + problem.uri() + "` (" + problem.status().value());
		}
	}

	@Test
	void everyErrorExampleHasTheTypeAndStatusOfItsResponse() {
		String document = document();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
		Map<String, ProblemType> bySlug = new HashMap<>();
		for (ProblemType type : ProblemType.values()) {
			bySlug.put(type.slug(), type);
		}
		int checked = 0;
		for (var path : paths.entrySet()) {
			for (var operation : path.getValue().entrySet()) {
				Map<String, Map<String, Object>> responses = JsonPath.read(operation.getValue(), "$.responses");
				for (var response : responses.entrySet()) {
					if (!response.getKey().startsWith("4") && !response.getKey().startsWith("5")) {
						continue;
					}
					Map<String, Map<String, Object>> examples = JsonPath.read(response.getValue(),
							"$.content['application/problem+json'].examples");
					assertThat(examples)
						.as("examples of %s %s %s", operation.getKey(), path.getKey(), response.getKey())
						.isNotEmpty();
					for (var example : examples.entrySet()) {
						Map<String, Object> value = JsonPath.read(example.getValue(), "$.value");
						ProblemType type = bySlug.get(example.getKey());
						assertThat(value.get("type")).isEqualTo(type.uri().toString());
						assertThat(value.get("status")).isEqualTo(Integer.parseInt(response.getKey()));
						// A list's query too long for its Link header: malformed, with a
						// 414.
						if (!(type == ProblemType.MALFORMED_REQUEST && response.getKey().equals("414"))) {
							assertThat(value.get("status")).isEqualTo(type.status().value());
						}
						checked++;
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(100);
	}

	@Test
	void everyAnswerSchemaRequiresAllItsPropertiesAndTypesNullWhereTheServiceSendsIt() {
		String document = document();
		for (String name : List.of("HeroPublic", "HeroPublicWithTeam", "TeamPublic", "TeamPublicWithHeroes",
				"TeamStats", "TeamMember", "HeroTeam")) {
			Map<String, Object> properties = JsonPath.read(document, "$.components.schemas." + name + ".properties");
			List<String> required = JsonPath.read(document, "$.components.schemas." + name + ".required");
			assertThat(required).as(name).containsExactlyInAnyOrderElementsOf(properties.keySet());
			assertThat(JsonPath.<Object>read(document, "$.components.schemas." + name + ".example")).as(name)
				.isNotNull();
		}
		assertThat(JsonPath.<List<String>>read(document, "$.components.schemas.HeroPublic.properties.age.type"))
			.contains("null");
		assertThat(JsonPath.<List<String>>read(document, "$.components.schemas.HeroPublic.properties.team_id.type"))
			.contains("null");
		List<Map<String, Object>> team = JsonPath.read(document,
				"$.components.schemas.HeroPublicWithTeam.properties.team.anyOf");
		assertThat(team).containsExactlyInAnyOrder(Map.of("$ref", "#/components/schemas/TeamPublic"),
				Map.of("type", "null"));
		assertThat(JsonPath.<String>read(document, "$.components.schemas.HeroPublic.properties.team_id.description"))
			.isNotBlank();
	}

	@Test
	void boundsAreInTheSchemasWithOneMinimumEach() {
		String document = document();
		assertThat(document).doesNotContain("exclusiveMinimum").doesNotContain("yaml");
		assertThat(JsonPath.<List<Integer>>read(document,
				"$.paths['/heroes'].get.parameters[?(@.name == 'limit')].schema.maximum"))
			.containsExactly(100);
		assertThat(JsonPath.<List<Integer>>read(document,
				"$.paths['/heroes'].get.parameters[?(@.name == 'offset')].schema.minimum"))
			.containsExactly(0);
		assertThat(JsonPath.<Integer>read(document,
				"$.paths['/heroes/bulk'].post.requestBody.content['application/json'].schema.maxItems"))
			.isEqualTo(1000);
		assertThat(JsonPath.<Integer>read(document,
				"$.paths['/heroes/bulk'].post.requestBody.content['application/json'].schema.minItems"))
			.isEqualTo(1);
		assertThat(JsonPath.<Integer>read(document, "$.components.schemas.HeroCreate.properties.team_id.minimum"))
			.isEqualTo(1);
	}

	/**
	 * The sort pattern takes what the list takes and refuses what it refuses: the fields
	 * it sorts by, each at most once, with spaces around them, and no others.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/heroes", "/teams", "/teams/{team_id}/heroes", "/teams/{team_id}/members",
			"/heroes/{hero_id}/teams" })
	void theSortPatternAcceptsExactlyWhatTheListAccepts(String path) {
		String pattern = JsonPath
			.<List<String>>read(document(),
					"$.paths['" + path + "'].get.parameters[?(@.name == 'sort')].schema.pattern")
			.get(0);
		String fields = pattern.substring(pattern.indexOf("-?(") + 3, pattern.indexOf(")", pattern.indexOf("-?(")));
		long team = this.api.createTeam("Sorters", "Index");
		long hero = this.api.createHero("Sorted", "Hidden", 30, team);
		String concrete = path.replace("{team_id}", Long.toString(team)).replace("{hero_id}", Long.toString(hero));
		List<String> samples = new ArrayList<>(List.of("", "secret_name", "-", ","));
		String[] names = fields.split("\\|");
		for (String field : names) {
			samples.addAll(List.of("-" + field, " " + field + " ", field + ",", field + "," + field,
					field + ",-" + field, "- " + field));
		}
		samples.add(names[1] + ", -" + names[0]);
		for (String sample : samples) {
			int status = this.http.get()
				.uri((builder) -> builder.path(concrete).queryParam("sort", "{sort}").build(sample))
				.exchange()
				.expectBody()
				.returnResult()
				.getStatus()
				.value();
			assertThat(status).as("sort=%s", sample).isIn(200, 422);
			assertThat(java.util.regex.Pattern.matches(pattern, sample)).as("pattern on sort=%s", sample)
				.isEqualTo(status == 200);
		}
	}

	@Test
	void pathParametersAreSnakeCaseAndHeadersAreDocumentedWhereTheyOccur() {
		String document = document();
		Map<String, Object> paths = JsonPath.read(document, "$.paths");
		assertThat(paths.keySet()).allSatisfy((path) -> assertThat(path).doesNotContain("{id}", "Id}"));
		assertThat(JsonPath.<Map<String, Object>>read(document,
				"$.paths['/heroes/{hero_id}'].delete.responses['404'].headers"))
			.containsKey("X-Request-Id");
		assertThat(JsonPath.<Map<String, Object>>read(document, "$.paths['/heroes'].get.responses['503'].headers"))
			.containsKeys("Retry-After", "X-Request-Id");
		assertThat(JsonPath.<Map<String, Object>>read(document, "$.paths['/teams'].get.responses['200'].headers"))
			.containsKeys("Link", "X-Total-Count", "Preference-Applied");
		assertThat(JsonPath.<List<List<String>>>read(document,
				"$.paths['/teams/{team_id}/heroes'].get.parameters[?(@.name == 'Prefer')].schema.enum"))
			.containsExactly(List.of("count=exact", "count=estimated"));
		assertThat(JsonPath.<String>read(document, "$.paths['/heroes/{hero_id}'].get.responses['304'].description"))
			.contains("successful");
		List<Map<String, Object>> tags = JsonPath.read(document, "$.tags");
		assertThat(tags).extracting((tag) -> tag.get("name")).contains("heroes", "teams", "memberships");
		assertThat(tags).allSatisfy((tag) -> assertThat(tag.get("description")).isNotNull());
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
