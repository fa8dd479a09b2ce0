package com.example.heroes.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads {@code Accept} as RFC 9110 §12.5.1 does: a range weighed {@code q=0} names types
 * that are not acceptable, and a type weighs what the most specific range naming it says.
 * Spring's header strategy only orders the ranges by weight, so
 * {@code Accept: application/json;q=0} would still be answered in JSON. Here a range of
 * weight 0 is taken out, and a wider one it narrows ({@code *}{@code /*} beside
 * {@code application/json;q=0}) stands for the types the service writes that are left.
 * Nothing left is a 406, as any {@code Accept} the service cannot answer.
 */
final class WeighedAcceptStrategy implements ContentNegotiationStrategy {

	/** What a narrowed wildcard can still stand for: the types the service writes. */
	private static final List<MediaType> WRITTEN = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON, MediaType.TEXT_HTML, MediaType.TEXT_PLAIN);

	/**
	 * Stands for "nothing is acceptable": Spring reads an empty list as no exception
	 * handler either, where a type no converter writes finds the 406's, and its problem
	 * is written as the fallback {@code application/problem+json}.
	 */
	private static final MediaType NOTHING = new MediaType("application", "x-nothing-acceptable");

	private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

	@Override
	public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
		List<MediaType> ranges = this.header.resolveMediaTypes(request);
		List<MediaType> refused = ranges.stream().filter(WeighedAcceptStrategy::refused).toList();
		if (refused.isEmpty()) {
			return ranges;
		}
		List<MediaType> accepted = new ArrayList<>();
		for (MediaType range : ranges) {
			List<MediaType> narrowing = refused.stream().filter(range::includes).toList();
			if (refused(range)) {
				continue;
			}
			if (narrowing.isEmpty()) {
				accepted.add(range);
				continue;
			}
			// A type refused by a range at least as specific as this one stays refused.
			for (MediaType type : WRITTEN) {
				if (range.includes(type) && narrowing.stream().noneMatch((zero) -> zero.includes(type))) {
					accepted.add(type.copyQualityValue(range));
				}
			}
		}
		return accepted.isEmpty() ? List.of(NOTHING) : accepted;
	}

	private static boolean refused(MediaType range) {
		return range.getQualityValue() == 0;
	}

}
