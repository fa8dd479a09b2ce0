package com.example.heroes.openapi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The paths the original service served its documentation at: {@code /openapi.json} is
 * the document, and {@code /docs} leads to Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class DocsRedirects implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/openapi.json").setViewName("forward:/v3/api-docs");
		registry.addRedirectViewController("/docs", "/swagger-ui.html");
		registry.addRedirectViewController("/swagger-ui", "/swagger-ui.html");
	}

}
