package com.example.heroes.paging;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a list handler the {@link TotalCount} its client asked for in {@code Prefer}.
 */
class TotalCountArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == TotalCount.class;
	}

	@Override
	public TotalCount resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		List<String> prefer = (request != null) ? Collections.list(request.getHeaders(TotalCount.PREFER)) : List.of();
		return TotalCount.fromPrefer(prefer);
	}

}
