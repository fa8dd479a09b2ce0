package com.example.heroes.web;

import java.util.Map;

import com.example.heroes.problem.InvalidRequestException;
import com.example.heroes.validation.StorableText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the query string before a handler runs: a parameter the handler takes once must
 * not be repeated ({@code limit=5&limit=100} is ambiguous), and no value may hold what
 * PostgreSQL cannot store (see {@link StorableText}). Both are a 422 naming the
 * parameter.
 */
class QueryParameterInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		QueryParameters parameters = QueryParameters.of(method);
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			String[] values = parameter.getValue();
			if (values.length > 1 && parameters.known().contains(name) && !parameters.repeatable().contains(name)) {
				throw new InvalidRequestException(name, "must be given once");
			}
			for (String value : values) {
				String problem = StorableText.problem(value);
				if (problem != null) {
					throw new InvalidRequestException(name, problem);
				}
			}
		}
		return true;
	}

}
