package com.example.heroes.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters that hold U+0000, which PostgreSQL cannot take in text, with a
 * 422 naming the parameter (the same rule {@link NulFreeStringDeserializer} applies to
 * bodies).
 */
class NulParameterInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (value.indexOf('\0') >= 0) {
					throw new InvalidRequestException(parameter.getKey(), NulFreeStringDeserializer.MESSAGE);
				}
			}
		}
		return true;
	}

}
