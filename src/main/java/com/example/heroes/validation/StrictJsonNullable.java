package com.example.heroes.validation;

import org.openapitools.jackson.nullable.JsonNullable;
import org.openapitools.jackson.nullable.JsonNullableJackson3Deserializer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.ReferenceTypeDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ReferenceType;

/**
 * PATCH bodies read a present property's value as strictly as a create does. The
 * {@link JsonNullable} library reads a blank string in a non-string property
 * ({@code {"age": ""}}) as if the property were absent, so such a PATCH changed nothing
 * and answered 200 where a POST is a 422. Here the string goes to the value's own
 * deserializer, which refuses it, as it refuses {@code {"age": "x"}}.
 */
public final class StrictJsonNullable {

	private StrictJsonNullable() {
	}

	/** The Jackson module that swaps in the strict deserializer. */
	public static SimpleModule module() {
		return new SimpleModule("strict-json-nullable").setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				if (deserializer instanceof JsonNullableJackson3Deserializer) {
					return new Deserializer(type, null, null, null);
				}
				return deserializer;
			}

		});
	}

	private static final class Deserializer extends JsonNullableJackson3Deserializer {

		Deserializer(JavaType type, ValueInstantiator instantiator, TypeDeserializer typeDeserializer,
				ValueDeserializer<?> deserializer) {
			super(type, instantiator, typeDeserializer, deserializer);
		}

		@Override
		public JsonNullable<Object> deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING && this._valueTypeDeserializer == null) {
				return JsonNullable.of(this._valueDeserializer.deserialize(parser, context));
			}
			return super.deserialize(parser, context);
		}

		@Override
		protected ReferenceTypeDeserializer<JsonNullable<Object>> withResolved(TypeDeserializer typeDeserializer,
				ValueDeserializer<?> deserializer) {
			return new Deserializer(this._fullType, this._valueInstantiator, typeDeserializer, deserializer);
		}

	}

}
