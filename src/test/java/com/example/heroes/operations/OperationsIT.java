package com.example.heroes.operations;

import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §11: health groups, metrics and request ids.
 */
@IntegrationTest
class OperationsIT {

	private static final String TOO_LONG = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
			+ "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

	@Autowired
	RestTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthAndItsGroupsAreUp(String path) {
		this.http.get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void prometheusExposesRequestJvmAndConnectionPoolMetrics() {
		this.http.get().uri("/heroes").exchange().expectStatus().isOk();
		String metrics = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(metrics).contains("http_server_requests_seconds_count{")
			.contains("uri=\"/heroes\"")
			.contains("jvm_memory_used_bytes")
			.contains("hikaricp_connections_active");
	}

	@Test
	void aSaneRequestIdIsEchoed() {
		this.http.get()
			.uri("/heroes")
			.header("X-Request-Id", "trace-42.a_b:c")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "trace-42.a_b:c");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "has space", "<script>", TOO_LONG })
	void anInsaneOrMissingRequestIdIsReplacedByANewOne(String requestId) {
		RestTestClient.RequestHeadersSpec<?> request = this.http.get().uri("/heroes");
		if (!requestId.isEmpty()) {
			request.header("X-Request-Id", requestId);
		}
		request.exchange()
			.expectHeader()
			.valueMatches("X-Request-Id", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	@Test
	void errorsCarryTheRequestIdToo() {
		this.http.get()
			.uri("/heroes/123456789")
			.header("X-Request-Id", "missing-hero")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals("X-Request-Id", "missing-hero");
	}

}
