package com.example.heroes.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Removes the empty {@code Accept-Patch} that Spring MVC's answer to OPTIONS carries on a
 * path without PATCH: the header lists at least one media type (RFC 5789 §3.1), and its
 * presence tells a client that PATCH is allowed.
 */
class AcceptPatchInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (!"OPTIONS".equals(request.getMethod())) {
			return;
		}
		String acceptPatch = response.getHeader(HttpHeaders.ACCEPT_PATCH);
		if (acceptPatch != null && acceptPatch.isBlank()) {
			response.setHeader(HttpHeaders.ACCEPT_PATCH, null);
		}
	}

}
