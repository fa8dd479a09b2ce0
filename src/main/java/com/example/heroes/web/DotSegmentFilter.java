package com.example.heroes.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path with a dot segment ({@code /actuator/health/./liveness}, {@code ..;/x},
 * {@code %2e%2e}) names no resource: 404. Tomcat maps such a path after removing the dot
 * segments, but Spring MVC matches the path as sent, so without this the segments reach
 * the handlers, and the health endpoint fails on them with a 500. Clients remove dot
 * segments before they send a URL (RFC 3986 §5.2.4); one that sends them is answered like
 * any path that matches nothing.
 */
class DotSegmentFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasDotSegment(request.getRequestURI())) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean hasDotSegment(String path) {
		if (path.indexOf('.') < 0 && path.indexOf('%') < 0) {
			return false;
		}
		for (String segment : path.split("/", -1)) {
			int parameters = segment.indexOf(';');
			String name = ((parameters >= 0) ? segment.substring(0, parameters) : segment).replace("%2e", ".")
				.replace("%2E", ".");
			if (name.equals(".") || name.equals("..")) {
				return true;
			}
		}
		return false;
	}

}
