package com.example.heroes.problem;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Each problem {@code type} URI resolves (RFC 9457 §3.1.1): {@code /problems/not-found}
 * answers a short page that explains the type, in HTML for a browser and in JSON for
 * other clients, made from the same {@link ProblemType} registry as the problems
 * themselves and the OpenAPI document.
 */
@RestController
@Hidden
class ProblemTypeController {

	@GetMapping(path = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable String slug) {
		ProblemType type = find(slug);
		String title = HtmlUtils.htmlEscape(type.title());
		return varyingByAccept("""
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><title>%s (%d) - heroes-api</title></head>
				<body>
				<h1>%s</h1>
				<p>Problem type <code>%s</code>, answered with HTTP status %d %s.</p>
				<p>%s</p>
				<p>The body of such an answer is an RFC 9457 problem detail
				(<code>application/problem+json</code>) with <code>type</code>, <code>title</code>,
				<code>status</code>, <code>detail</code> and <code>instance</code>.
				The service's OpenAPI document is at <a href="/v3/api-docs">/v3/api-docs</a>.</p>
				</body>
				</html>
				""".formatted(title, type.status().value(), title, type.uri(), type.status().value(),
				HtmlUtils.htmlEscape(type.status().getReasonPhrase()),
				withCode(HtmlUtils.htmlEscape(type.description()))));
	}

	@GetMapping(path = "/problems/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> json(@PathVariable String slug) {
		ProblemType type = find(slug);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.uri().toString());
		body.put("title", type.title());
		body.put("status", type.status().value());
		body.put("description", type.description());
		return varyingByAccept(body);
	}

	/** One URI, two representations: a cache keeps one per {@code Accept}. */
	private static <T> ResponseEntity<T> varyingByAccept(T body) {
		return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).body(body);
	}

	private static ProblemType find(String slug) {
		return Arrays.stream(ProblemType.values())
			.filter((type) -> type.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No problem type has this name"));
	}

	/** The descriptions mark code as Markdown does, with backticks. */
	private static String withCode(String text) {
		return text.replaceAll("`([^`]+)`", "<code>$1</code>");
	}

}
