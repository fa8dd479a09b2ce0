package com.example.heroes.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.DispatcherServlet;

/**
 * Spring MVC's dispatcher, which answers TRACE and OPTIONS through the handler mappings
 * alone, as every other method: a path that does not take the method is a 405 whose
 * {@code Allow} is the path's own, a path with nothing at it a 404. Spring's dispatcher
 * falls back to {@code HttpServlet}'s own answers there: for TRACE an echo of the
 * request, and for an OPTIONS no mapping answered an {@code Allow} of every method, even
 * on a 404. (With TRACE turned away by Tomcat instead, as by default, its 405 listed
 * every method the servlet class declares, whatever the path, and a path with nothing at
 * it was a 405 too.)
 */
class ApiDispatcherServlet extends DispatcherServlet {

	@Override
	protected void doTrace(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		processRequest(request, response);
	}

	@Override
	protected void doOptions(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		processRequest(request, response);
	}

}
