package com.example.heroes.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The query parameters a handler takes, read off its signature: its
 * {@code @RequestParam}s and the components of the records it binds from the query
 * ({@code HeroFilter}, {@code PageParams}), by the names clients use. Only collection
 * parameters may be repeated.
 *
 * @param known every parameter name the handler reads
 * @param repeatable the names that may be given more than once
 */
public record QueryParameters(Set<String> known, Set<String> repeatable) {

	private static final String ATTRIBUTE = QueryParameters.class.getName();

	private static final Map<HandlerMethod, QueryParameters> CACHE = new ConcurrentHashMap<>();

	static QueryParameters of(HandlerMethod handler) {
		return CACHE.computeIfAbsent(handler, QueryParameters::read);
	}

	/** The parameters of the request's handler, if the request reached one. */
	public static QueryParameters of(HttpServletRequest request) {
		return (QueryParameters) request.getAttribute(ATTRIBUTE);
	}

	void bindTo(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

	private static QueryParameters read(HandlerMethod handler) {
		Set<String> known = new HashSet<>();
		Set<String> repeatable = new HashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				add(name, type, known, repeatable);
			}
			else if (isQueryRecord(parameter)) {
				// @BindParam sits on the canonical constructor's parameters.
				RecordComponent[] components = type.getRecordComponents();
				Parameter[] constructor = canonicalConstructor(type, components).getParameters();
				for (int i = 0; i < components.length; i++) {
					BindParam bindParam = constructor[i].getAnnotation(BindParam.class);
					String name = (bindParam != null) ? bindParam.value() : components[i].getName();
					add(name, components[i].getType(), known, repeatable);
				}
			}
		}
		return new QueryParameters(Set.copyOf(known), Set.copyOf(repeatable));
	}

	/** A record the handler binds from the query string, such as {@code HeroFilter}. */
	static boolean isQueryRecord(MethodParameter parameter) {
		return parameter.getParameterType().isRecord() && !parameter.hasParameterAnnotation(RequestBody.class)
				&& !parameter.hasParameterAnnotation(PathVariable.class)
				&& !parameter.hasParameterAnnotation(RequestHeader.class);
	}

	static Constructor<?> canonicalConstructor(Class<?> record, RecordComponent[] components) {
		try {
			return record.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("A record without its canonical constructor: " + record, ex);
		}
	}

	private static void add(String name, Class<?> type, Set<String> known, Set<String> repeatable) {
		known.add(name);
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			repeatable.add(name);
		}
	}

}
