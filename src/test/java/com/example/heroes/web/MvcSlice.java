package com.example.heroes.web;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

/**
 * What a standalone MockMvc of another package needs from this one to read bodies as the
 * application does: the application's JSON settings and its body checks
 * ({@link StrictBodies}, which also lets a refused body be read again) and validation.
 */
public final class MvcSlice {

	private MvcSlice() {
	}

	/**
	 * A mapper set up as the application's: the {@code spring.jackson.*} settings of
	 * {@code application.yml}, Spring Boot's problem detail mixin, then
	 * {@link JsonConfig}'s own customizers.
	 */
	public static JsonMapper jsonMapper() {
		JsonMapper.Builder builder = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			// As Spring Boot adds it: the members of ProblemDetail.properties at the top
			// level.
			.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
		new JsonConfig().strictStrings().customize(builder);
		new JsonConfig().fastInstants().customize(builder);
		return builder.build();
	}

	/**
	 * A validator as Spring Boot builds the application's: its constraint validators are
	 * created by Spring, so they may be package-private ({@code TextValidator}).
	 */
	public static LocalValidatorFactoryBean validator() {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setConstraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()));
		validator.afterPropertiesSet();
		return validator;
	}

	/** The application's request body advice, for {@code setControllerAdvice}. */
	public static Object strictBodies() {
		return new StrictBodies();
	}

}
