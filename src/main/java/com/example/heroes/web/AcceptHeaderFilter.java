package com.example.heroes.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tidies the {@code Accept} header before content negotiation. JSON has no parameters
 * (RFC 8259) and the service always writes it in UTF-8, so {@code charset} and other
 * parameters on a JSON media range are dropped, keeping {@code q}; empty ranges
 * ({@code Accept: ,}) are dropped too, and a header left empty is removed. Otherwise
 * {@code Accept: application/json; charset=iso-8859-1} would find no writer after the
 * request had already been carried out.
 * <p>
 * A client that accepts {@code application/problem+json} reads JSON, and generated
 * clients send that alone where the only documented body is a problem (a DELETE). Such a
 * range, unless weighed 0 or beside a range of {@code application/json} (which weighs
 * JSON as the client says), also stands for {@code application/json} at the same weight,
 * so the request runs: an error is answered as the problem it asked for, and a success
 * has no body or a JSON one (RFC 9110 §12.5.1 lets a server disregard {@code Accept}
 * rather than refuse). Without this, Spring refuses the request with a 406 before it
 * runs, even a {@code DELETE} whose answer is a 204 or a {@code GET} of a resource that
 * does not exist.
 * <p>
 * Split by hand, not with {@code MediaType.parseMediaTypes}: this runs before Spring's
 * negotiation and passes a range Spring would refuse on unchanged, so the refusal stays
 * Spring's own.
 */
public class AcceptHeaderFilter extends OncePerRequestFilter {

	/** A weight of 0: such a range refuses the types it names, JSON included. */
	private static final Pattern REFUSED = Pattern.compile("(?i)(^|;)\\s*q\\s*=\\s*0(\\.0{0,3})?\\s*(;|$)");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			chain.doFilter(request, response);
			return;
		}
		String tidy = tidy(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getHeader(String name) {
				return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? tidy : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				if (!HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
					return super.getHeaders(name);
				}
				return Collections.enumeration((tidy != null) ? List.of(tidy) : List.of());
			}

			@Override
			public Enumeration<String> getHeaderNames() {
				if (tidy != null) {
					return super.getHeaderNames();
				}
				return Collections.enumeration(Collections.list(super.getHeaderNames())
					.stream()
					.filter((name) -> !HttpHeaders.ACCEPT.equalsIgnoreCase(name))
					.toList());
			}

		}, response);
	}

	static String tidy(List<String> headers) {
		List<String> ranges = headers.stream()
			.flatMap((header) -> Stream.of(header.split(",")))
			.map(String::strip)
			.filter((range) -> !range.isEmpty())
			.map(AcceptHeaderFilter::withoutJsonParameters)
			.toList();
		// A range of its own for JSON weighs it as the client says.
		boolean namesJson = ranges.stream()
			.anyMatch((range) -> range.split(";", 2)[0].strip().equalsIgnoreCase(MediaType.APPLICATION_JSON_VALUE));
		String tidy = ranges.stream()
			.flatMap((range) -> namesJson ? Stream.of(range) : withJsonForProblems(range))
			.collect(Collectors.joining(", "));
		return tidy.isEmpty() ? null : tidy;
	}

	private static Stream<String> withJsonForProblems(String range) {
		String[] parts = range.split(";", 2);
		if (!parts[0].strip().equalsIgnoreCase(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
				|| (parts.length > 1 && REFUSED.matcher(parts[1]).find())) {
			return Stream.of(range);
		}
		return Stream.of(range, MediaType.APPLICATION_JSON_VALUE + ((parts.length > 1) ? ";" + parts[1] : ""));
	}

	private static String withoutJsonParameters(String range) {
		String[] parts = range.split(";");
		String type = parts[0].strip().toLowerCase(Locale.ROOT);
		if (!type.endsWith("/json") && !type.endsWith("+json")) {
			return range;
		}
		StringBuilder tidy = new StringBuilder(parts[0].strip());
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].strip().toLowerCase(Locale.ROOT).startsWith("q=")) {
				tidy.append(";").append(parts[i].strip());
			}
		}
		return tidy.toString();
	}

}
