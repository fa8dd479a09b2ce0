package com.example.heroes.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.example.heroes.web.RequestIdFilter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import static com.example.heroes.openapi.HeaderDocs.headerRef;

/**
 * The document as generators need it: every property of an answer required, null typed
 * where the service sends it, one bound per limit, snake_case path parameters,
 * {@code X-Request-Id} on every answer, and realistic examples.
 */
class GeneratorFriendlyDocument implements OpenApiCustomizer {

	/** Request bodies: their properties are optional where the API says so. */
	private static final Set<String> INPUTS = Set.of("HeroCreate", "HeroUpdate", "TeamCreate", "TeamUpdate",
			"MembershipPut");

	private static final Map<String, Object> TEAM_EXAMPLE = Map.of("id", 7, "name", "Preventers", "headquarters",
			"Sharp Tower", "created_at", "2026-11-21T09:30:00.123Z", "updated_at", "2026-11-21T09:30:00.123Z",
			"version", 1);

	private static final Map<String, Object> HERO_EXAMPLE = heroExample();

	private static final Map<String, Object> EXAMPLES = Map.of("TeamPublic", TEAM_EXAMPLE, "HeroPublic", HERO_EXAMPLE,
			"HeroPublicWithTeam", with(HERO_EXAMPLE, "team", TEAM_EXAMPLE), "TeamPublicWithHeroes",
			with(TEAM_EXAMPLE, "heroes", List.of(HERO_EXAMPLE)), "TeamStats",
			Map.of("team_id", 7, "name", "Preventers", "hero_count", 3, "average_age", 35.5, "min_age", 28, "max_age",
					48),
			"TeamMember", Map.of("hero", HERO_EXAMPLE, "role", "captain", "joined_at", "2026-11-21T10:00:00Z"),
			"HeroTeam", Map.of("team", TEAM_EXAMPLE, "role", "captain", "joined_at", "2026-11-21T10:00:00Z"));

	@Override
	@SuppressWarnings("rawtypes")
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		schemas.forEach((name, schema) -> {
			if (schema.getProperties() != null && !INPUTS.contains(name) && !name.equals(ProblemSchemas.PROBLEM)
					&& !name.equals(ProblemSchemas.FIELD_ERROR)) {
				schema.setRequired(List.copyOf(schema.getProperties().keySet()));
			}
			Object example = EXAMPLES.get(name);
			if (example != null) {
				schema.setExample(example);
			}
			oneBoundPerLimit(schema);
		});
		Schema<?> withTeam = schemas.get("HeroPublicWithTeam");
		if (withTeam != null) {
			withTeam.getProperties()
				.put("team",
						new Schema<>().description("The hero's team, or null when it has none.")
							.anyOf(List.of(new Schema<>().$ref("#/components/schemas/TeamPublic"),
									new Schema<>().types(Set.of("null")))));
		}
		Paths renamed = new Paths();
		openApi.getPaths().forEach((path, item) -> {
			item.readOperations().forEach((operation) -> {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach((parameter) -> {
						if ("path".equals(parameter.getIn())) {
							String name = pathParameterName(path, parameter.getName());
							parameter.name(name)
								.description(name.equals("team_id") ? "The team's id" : "The hero's id");
							parameter.getSchema().minimum(BigDecimal.ONE);
						}
						if (parameter.getSchema() != null) {
							oneBoundPerLimit(parameter.getSchema());
						}
					});
				}
				operation.getResponses()
					.values()
					.forEach((response) -> response.addHeaderObject(RequestIdFilter.HEADER,
							headerRef(RequestIdFilter.HEADER)));
			});
			renamed.addPathItem(snakeCasePath(path), item);
		});
		openApi.setPaths(renamed);
	}

	/**
	 * {@code /heroes/{id}} is {@code /heroes/{hero_id}}; {@code {teamId}} is
	 * {@code {team_id}}.
	 */
	static String snakeCasePath(String path) {
		return path.replace("/heroes/{id}", "/heroes/{hero_id}")
			.replace("/teams/{id}", "/teams/{team_id}")
			.replace("{teamId}", "{team_id}")
			.replace("{heroId}", "{hero_id}");
	}

	private static String pathParameterName(String path, String name) {
		if (name.equals("teamId") || (name.equals("id") && path.startsWith("/teams/"))) {
			return "team_id";
		}
		return (name.equals("heroId") || name.equals("id")) ? "hero_id" : name;
	}

	/**
	 * {@code @Positive} becomes {@code exclusiveMinimum: 0} beside a {@code minimum: 1}:
	 * one bound says it, and generators handle {@code minimum} best.
	 */
	private static void oneBoundPerLimit(Schema<?> schema) {
		if (schema == null) {
			return;
		}
		if (schema.getExclusiveMinimumValue() != null
				&& schema.getExclusiveMinimumValue().compareTo(BigDecimal.ZERO) == 0) {
			schema.setExclusiveMinimumValue(null);
			schema.setMinimum(BigDecimal.ONE);
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(GeneratorFriendlyDocument::oneBoundPerLimit);
		}
		oneBoundPerLimit(schema.getItems());
	}

	private static Map<String, Object> heroExample() {
		Map<String, Object> hero = new LinkedHashMap<>();
		hero.put("id", 42);
		hero.put("name", "Deadpond");
		hero.put("age", 30);
		hero.put("team_id", 7);
		hero.put("created_at", "2026-11-21T09:31:12.004Z");
		hero.put("updated_at", "2026-11-21T09:31:12.004Z");
		hero.put("version", 1);
		return hero;
	}

	private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(base);
		copy.put(key, value);
		return copy;
	}

}
