package com.example.heroes.config;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Tracing is on exactly when an OTLP endpoint is configured
 * ({@code management.opentelemetry.tracing.export.otlp.endpoint}). Without one, Spring
 * Boot would still make a tracer and a span for every request, only not send them; here
 * its tracing auto-configurations are left out instead, so that tracing that is off costs
 * a request nothing.
 */
public class TracingSwitch implements AutoConfigurationImportFilter, EnvironmentAware {

	static final String ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

	private static final String TRACING = "org.springframework.boot.micrometer.tracing.";

	private boolean on;

	@Override
	public void setEnvironment(Environment environment) {
		this.on = StringUtils.hasText(environment.getProperty(ENDPOINT));
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			String candidate = autoConfigurationClasses[i];
			matches[i] = this.on || candidate == null || !candidate.startsWith(TRACING);
		}
		return matches;
	}

}
