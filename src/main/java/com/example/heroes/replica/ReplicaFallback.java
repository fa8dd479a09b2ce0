package com.example.heroes.replica;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A read whose replica went away while it ran (the replica stopped, its connection broke)
 * is read again from the primary, so that a replica going down is never a 5xx. The answer
 * is held until the read is over, and thrown away when it must be read again. The
 * innermost filter: a second pass goes straight to the servlet.
 */
class ReplicaFallback extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(ReplicaFallback.class);

	private final ReplicaHealth health;

	ReplicaFallback(ReplicaHealth health) {
		this.health = health;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		Map<String, List<String>> headersBefore = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			headersBefore.put(name, new ArrayList<>(response.getHeaders(name)));
		}
		ContentCachingResponseWrapper first = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, first);
		if (!ReadRouting.replicaFailed() || response.isCommitted()) {
			first.copyBodyToResponse();
			return;
		}
		logger.info("A read on the replica failed; it is read again from the primary");
		this.health.down(new IllegalStateException("a read on the replica failed"));
		response.reset();
		headersBefore.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		ReadRouting.replicaFailed(false);
		ReadRouting.primaryOnly(true);
		ContentCachingResponseWrapper second = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, second);
		second.copyBodyToResponse();
	}

}
