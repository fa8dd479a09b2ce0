package com.example.heroes.web;

import java.time.Instant;

import com.example.heroes.validation.StorableStringDeserializer;
import com.example.heroes.validation.StrictJsonNullable;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON reading is strict about types: a string field takes only a JSON string, a number
 * field only a JSON number of the right kind, so {@code {"name": 7}} or {@code {"age":
 * "7"}} is a 422 naming the field instead of a silent conversion, in a PATCH as on a
 * create ({@link StrictJsonNullable}). The features that have a Spring Boot property are
 * set in {@code application.yml}; this class holds what only code can say.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

	@Bean
	JsonMapperBuilderCustomizer strictStrings() {
		return (builder) -> builder
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			// Nor is a blank string ("", " ") a missing number.
			.withCoercionConfig(LogicalType.Integer,
					(config) -> config.setAcceptBlankAsEmpty(false)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.addModule(new SimpleModule("nul-free-strings").addDeserializer(String.class,
					new StorableStringDeserializer()))
			.addModule(StrictJsonNullable.module());
	}

	@Bean
	JsonMapperBuilderCustomizer fastInstants() {
		return (builder) -> builder
			.addModule(new SimpleModule("fast-instants").addSerializer(Instant.class, new InstantJsonSerializer()));
	}

}
