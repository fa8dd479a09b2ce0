package com.example.heroes.operations;

import com.example.heroes.support.IntegrationTest;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracing is off by default, and off means absent: no tracer and no tracing handler on
 * the observations, so a request makes no span and pays nothing for tracing.
 */
@IntegrationTest
class TracingOffByDefaultIT {

	@Autowired
	ApplicationContext context;

	@Test
	void byDefaultNoSpanIsMade() {
		assertThat(this.context.getBeanNamesForType(Tracer.class)).isEmpty();
		assertThat(this.context.getBeansOfType(ObservationHandler.class).values())
			.noneMatch(TracingObservationHandler.class::isInstance);
	}

}
