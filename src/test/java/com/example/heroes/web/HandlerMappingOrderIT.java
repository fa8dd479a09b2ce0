package com.example.heroes.web;

import java.util.List;

import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request is matched against the API's own mappings first, so that the API's requests
 * are not first tried on every actuator endpoint; the actuator still answers its own.
 */
@IntegrationTest
class HandlerMappingOrderIT {

	@Autowired
	RestTestClient http;

	@Autowired
	DispatcherServlet dispatcher;

	@Test
	void theApisMappingsAreAskedBeforeTheActuatorsAndBothAnswer() {
		this.http.get().uri("/heroes?limit=1").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();

		List<HandlerMapping> mappings = this.dispatcher.getHandlerMappings();
		assertThat(mappings).isNotNull();
		assertThat(mappings.get(0)).isInstanceOf(RequestMappingHandlerMapping.class);
		assertThat(mappings).map((mapping) -> mapping.getClass().getSimpleName())
			.contains("WebMvcEndpointHandlerMapping");
	}

}
