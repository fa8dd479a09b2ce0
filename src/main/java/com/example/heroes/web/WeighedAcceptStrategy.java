package com.example.heroes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads {@code Accept} as RFC 9110 §12.5.1 does where a range is weighed {@code q=0}:
 * that range names types that are not acceptable, unless a more specific range names them
 * with a weight. Spring's header strategy only orders the ranges by weight, so
 * {@code Accept: application/json;q=0} would still be answered in JSON. Here a range of
 * weight 0 is taken out, and a wider one it narrows ({@code *}{@code /*} beside
 * {@code application/json;q=0}) stands for the types the service's handlers write that it
 * leaves. Nothing left is a 406, as any {@code Accept} the service cannot answer.
 */
final class WeighedAcceptStrategy implements ContentNegotiationStrategy {

	/**
	 * Stands for "nothing is acceptable": Spring reads an empty list as no exception
	 * handler either, where a type no converter writes finds the 406's, and its problem
	 * is written as the fallback {@code application/problem+json}.
	 */
	private static final MediaType NOTHING = new MediaType("application", "x-nothing-acceptable");

	private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

	private final Supplier<List<MediaType>> written;

	/**
	 * @param produced the types the handlers declare they write, read once, on the first
	 * request that needs them (the handler mappings are made after this strategy)
	 */
	WeighedAcceptStrategy(Supplier<Stream<MediaType>> produced) {
		this.written = SingletonSupplier
			.of(() -> Stream.concat(produced.get(), Stream.of(MediaType.APPLICATION_PROBLEM_JSON))
				.map(MediaType::removeQualityValue)
				.distinct()
				.toList());
	}

	@Override
	public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
		List<MediaType> ranges = this.header.resolveMediaTypes(request);
		if (!anyRefused(ranges)) {
			return ranges;
		}
		List<MediaType> refused = ranges.stream().filter((range) -> range.getQualityValue() == 0).toList();
		List<MediaType> accepted = new ArrayList<>();
		for (MediaType range : ranges) {
			if (range.getQualityValue() == 0) {
				continue;
			}
			List<MediaType> narrowing = refused.stream().filter((zero) -> names(range, zero)).toList();
			if (narrowing.isEmpty()) {
				accepted.add(range);
				continue;
			}
			// Each type it names, unless a range at least as specific refuses it.
			for (MediaType type : this.written.get()) {
				if (names(range, type) && narrowing.stream().noneMatch((zero) -> names(zero, type))) {
					accepted.add(type.copyQualityValue(range));
				}
			}
		}
		return accepted.isEmpty() ? List.of(NOTHING) : accepted;
	}

	/** Every request asks; a plain loop, as almost none has a refusal. */
	private static boolean anyRefused(List<MediaType> ranges) {
		for (MediaType range : ranges) {
			if (range.getQualityValue() == 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a range names a type (or a narrower range): its type and subtype include
	 * the other's, and each of its parameters but {@code q} is the other's too, so
	 * {@code text/html;level=1} does not name plain {@code text/html}.
	 */
	private static boolean names(MediaType range, MediaType type) {
		if (!range.includes(type)) {
			return false;
		}
		for (Map.Entry<String, String> parameter : range.getParameters().entrySet()) {
			if (!parameter.getKey().equalsIgnoreCase("q")
					&& !parameter.getValue().equalsIgnoreCase(type.getParameter(parameter.getKey()))) {
				return false;
			}
		}
		return true;
	}

}
