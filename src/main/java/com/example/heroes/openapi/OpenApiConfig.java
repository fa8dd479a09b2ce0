package com.example.heroes.openapi;

import java.math.BigDecimal;
import java.util.List;

import com.example.heroes.paging.TotalCount;
import com.example.heroes.replica.ConsistencyTokens;
import com.example.heroes.web.RequestIdFilter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;

import static com.example.heroes.openapi.HeaderDocs.header;

/**
 * The OpenAPI document (at {@code /v3/api-docs}, and at {@code /openapi.json} where the
 * original served it, see {@link DocsRedirects}) and Swagger UI (at
 * {@code /swagger-ui.html}). Each operation lists the errors it can answer
 * ({@link OperationResponses}), all with the one {@code Problem} schema
 * ({@link ProblemSchemas}). The document is written for client generators
 * ({@link GeneratorFriendlyDocument}): every response field is required (present, though
 * maybe null), null is typed where the service sends it, bounds are in the schemas, and
 * path parameters are named {@code team_id} and {@code hero_id} throughout.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static {
		// Bound from the Prefer header by the web layer, not a query parameter.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(TotalCount.class);
	}

	@Bean
	OpenAPI heroesOpenApi() {
		return new OpenAPI()
			.servers(List.of(new Server().url("/").description("The service that serves this document")))
			.info(new Info().title("heroes-api")
				.version("1")
				.license(new License().name("Proprietary").identifier("LicenseRef-Proprietary"))
				.description("""
						Heroes and teams. Field names are snake_case; `secret_name` is write-only.
						Lists page by `offset`/`limit` or by the cursors of the `Link` header.
						Every error is an RFC 9457 problem detail; see the `Problem` schema for its types.
						There is no authentication, by design: the service has no users, and is run behind the
						operator's own network controls."""))
			.addTagsItem(new Tag().name("teams")
				.description(
						"Teams: create, read (with their heroes), list, change, delete, and hero figures per team."))
			.addTagsItem(new Tag().name("heroes")
				.description("Heroes: create one or up to 1000 at once, read (with their team), list, change, delete. "
						+ "`secret_name` is write-only."))
			.addTagsItem(new Tag().name("memberships")
				.description("Memberships: a hero in any number of teams, each with a role and a joining time."))
			.components(new Components().addSchemas(ProblemSchemas.PROBLEM, ProblemSchemas.problem())
				.addSchemas(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError())
				.addHeaders(RequestIdFilter.HEADER,
						header("The request's id: the client's own when it sent a sane one (1 to 128 of "
								+ "`A-Z a-z 0-9 . _ : @ / + = -`), otherwise a new UUID. Every log line of the "
								+ "request carries it.")
							.example("5b0f3a52-0c0e-4bd5-9a4e-1f1f6b1e2a9c"))
				.addHeaders(ConsistencyTokens.HEADER,
						header("The primary's WAL position once this write committed. Send it back on a later "
								+ "request to see this write or a later state, whichever replica serves it.")
							.example("16/B374D848"))
				.addHeaders(HttpHeaders.RETRY_AFTER,
						new Header().description("Seconds to wait before retrying.")
							.schema(new IntegerSchema().minimum(BigDecimal.ZERO))
							.example(5)));
	}

	/**
	 * Swagger reads the models with its own Jackson 2 mapper, which knows nothing of the
	 * application's snake_case; this one does, so the schemas spell fields as the API
	 * does. It replaces Swagger's own resolver and, ordered first, is registered first:
	 * springdoc's converters (JsonNullable support among them) are put in front of it.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModelResolver snakeCaseModelResolver() {
		return new ModelResolver(Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
			.openapi31(true);
	}

	@Bean
	ModelConverter recordComponentDescriptions() {
		return new RecordComponentDescriptions();
	}

	@Bean
	OperationCustomizer problemResponses() {
		return new OperationResponses();
	}

	@Bean
	OpenApiCustomizer generatorFriendlyDocument() {
		return new GeneratorFriendlyDocument();
	}

}
