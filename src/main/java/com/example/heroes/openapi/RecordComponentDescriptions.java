package com.example.heroes.openapi;

import java.util.Iterator;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.CommentFormatter;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The records' Javadoc {@code @param}s as the descriptions of their properties. springdoc
 * finds them by the property's name, which snake_case changes ({@code team_id} is
 * {@code teamId}), so they are matched here by the Java name.
 */
class RecordComponentDescriptions implements ModelConverter {

	private static final CommentFormatter JAVADOC = new CommentFormatter();

	private final PropertyNamingStrategies.SnakeCaseStrategy snakeCase = new PropertyNamingStrategies.SnakeCaseStrategy();

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> schema = chain.next().resolve(type, context, chain);
		Class<?> raw = Json31.mapper().constructType(type.getType()).getRawClass();
		if (schema == null || !raw.isRecord()) {
			return schema;
		}
		Schema<?> model = (schema.get$ref() != null)
				? context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1))
				: schema;
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		ClassJavadoc javadoc = RuntimeJavadoc.getJavadoc(raw);
		javadoc.getRecordComponents().forEach((component) -> {
			Schema<?> property = model.getProperties().get(this.snakeCase.translate(component.getName()));
			String text = JAVADOC.format(component.getComment());
			if (property != null && !text.isBlank()
					&& (property.getDescription() == null || property.getDescription().equals(text))) {
				property.setDescription(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
			}
		});
		return schema;
	}

}
