package com.example.heroes.web;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

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

	private static final Map<Method, QueryParameters> CACHE = new ConcurrentHashMap<>();

	static QueryParameters of(HandlerMethod handler) {
		return CACHE.computeIfAbsent(handler.getMethod(), (method) -> read(handler));
	}

	/**
	 * The parameters of the request's handler, if the request reached one: Spring's
	 * handler mapping names it in a request attribute.
	 */
	public static QueryParameters of(HttpServletRequest request) {
		return (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)
				? of(handler) : null;
	}

	private static QueryParameters read(HandlerMethod handler) {
		Set<String> known = new HashSet<>();
		Set<String> repeatable = new HashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				known.add(name);
				if (Collection.class.isAssignableFrom(type) || type.isArray()) {
					repeatable.add(name);
				}
			}
			else if (QueryRecord.isQueryRecord(parameter)) {
				for (QueryRecord.Component component : QueryRecord.of(type).components()) {
					known.add(component.parameter());
					if (component.repeatable()) {
						repeatable.add(component.parameter());
					}
				}
			}
		}
		return new QueryParameters(Set.copyOf(known), Set.copyOf(repeatable));
	}

}
