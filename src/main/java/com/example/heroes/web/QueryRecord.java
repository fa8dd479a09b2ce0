package com.example.heroes.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A record a handler binds from the query string ({@code HeroFilter}, {@code PageParams},
 * ...): its canonical constructor and its components, each with the query parameter its
 * {@code @BindParam} names (or its own name). The one description of such a record, read
 * once per type, for {@link QueryRecordArgumentResolver} that binds it and for
 * {@link QueryParameters} that lists the parameters a handler takes.
 *
 * @param type the record
 * @param constructor its canonical constructor
 * @param components its components, in the constructor's order
 */
record QueryRecord(Class<?> type, Constructor<?> constructor, List<Component> components) {

	private static final Map<Class<?>, QueryRecord> CACHE = new ConcurrentHashMap<>();

	/** Whether the handler binds this parameter from the query string. */
	static boolean isQueryRecord(MethodParameter parameter) {
		return parameter.getParameterType().isRecord() && !parameter.hasParameterAnnotation(RequestBody.class)
				&& !parameter.hasParameterAnnotation(PathVariable.class)
				&& !parameter.hasParameterAnnotation(RequestHeader.class);
	}

	static QueryRecord of(Class<?> type) {
		return CACHE.computeIfAbsent(type, QueryRecord::read);
	}

	private static QueryRecord read(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		Constructor<?> constructor;
		try {
			constructor = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
		}
		// @BindParam sits on the canonical constructor's parameters.
		Parameter[] parameters = constructor.getParameters();
		List<Component> read = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			BindParam bindParam = parameters[i].getAnnotation(BindParam.class);
			RecordComponent component = components[i];
			Class<?> item = (component.getType() == List.class)
					? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0] : null;
			read.add(new Component((bindParam != null) ? bindParam.value() : component.getName(), component.getName(),
					component.getType(), item));
		}
		constructor.setAccessible(true);
		return new QueryRecord(type, constructor, List.copyOf(read));
	}

	Object construct(Object[] values) throws ReflectiveOperationException {
		try {
			return this.constructor.newInstance(values);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	/**
	 * A record component and the query parameter it is read from.
	 *
	 * @param parameter the parameter's name in the query string
	 * @param field the component's name
	 * @param type its type
	 * @param item the type of a list's items, null if it is no list
	 */
	record Component(String parameter, String field, Class<?> type, Class<?> item) {

		/** Whether the parameter may be given more than once. */
		boolean repeatable() {
			return Collection.class.isAssignableFrom(this.type) || this.type.isArray();
		}

		Object read(HttpServletRequest request) {
			String[] values = request.getParameterValues(this.parameter);
			if (values == null) {
				return null;
			}
			if (this.item == null) {
				return StrictQueryValues.convert(values[0], this.type);
			}
			List<Object> items = new ArrayList<>(values.length);
			for (String value : values) {
				items.add(StrictQueryValues.convert(value, this.item));
			}
			return items;
		}

	}

}
