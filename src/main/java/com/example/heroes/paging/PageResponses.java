package com.example.heroes.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.example.heroes.problem.ProblemException;
import com.example.heroes.problem.ProblemType;
import com.example.heroes.web.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Answers a list request: the page's items as a JSON array, {@code X-Total-Count} and
 * {@code Preference-Applied} when the client asked for a count, and a {@code Link} header
 * (RFC 8288) with {@code next}, {@code prev} and {@code first}. The links keep the
 * request's filters, sort and limit.
 */
public final class PageResponses {

	public static final String TOTAL_COUNT = "X-Total-Count";

	/**
	 * The most a {@code Link} header may hold, in characters. Its links repeat the query,
	 * each value percent-encoded again, so a query Tomcat takes can come back three times
	 * and three times longer; past this the answer would outgrow Tomcat's response-header
	 * buffer ({@code server.tomcat.max-http-response-header-size}, 48KB, which leaves
	 * room for the other headers) and end as a bare 500.
	 */
	static final int MAX_LINK_HEADER = 32 * 1024;

	/** The detail of the 414 a list answers when its Link header would be too long. */
	public static final String LINK_TOO_LONG = "The query string is too long to be repeated in the Link header; "
			+ "shorten the filters";

	/** The parameters that say where a page starts; every link sets its own. */
	private static final Set<String> POSITION_PARAMETERS = Set.of("offset", "after", "before");

	private PageResponses() {
	}

	public static <T> ResponseEntity<List<T>> ok(Page<T> page, HttpServletRequest request) {
		UriComponentsBuilder list = listLink(request);
		List<String> links = new ArrayList<>();
		if (page.next() != null) {
			links.add(link(list, page.next(), "next"));
		}
		if (page.previous() != null) {
			links.add(link(list, page.previous(), "prev"));
		}
		links.add(link(list, null, "first"));
		String link = String.join(", ", links);
		if (link.length() > MAX_LINK_HEADER) {
			throw new ProblemException(ProblemType.MALFORMED_REQUEST, HttpStatus.URI_TOO_LONG, LINK_TOO_LONG);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.LINK, link);
		if (page.total() != null) {
			headers.set(TOTAL_COUNT, Long.toString(page.total().rows()));
			headers.set(TotalCount.PREFERENCE_APPLIED, page.total().counting().preference());
		}
		// The answer depends on Prefer: a cache must not give a counted page for another.
		headers.setVary(List.of(TotalCount.PREFER));
		return ResponseEntity.ok().headers(headers).body(page.items());
	}

	/**
	 * The link to the same list, built once for all the page's links: the request's own
	 * parameters, those its handler takes, without the page position. Names and values
	 * are encoded as URI variables are ({@link UriUtils#encode}: all but the unreserved
	 * characters), so a {@code +} in a filter stays a plus and is not read back as a
	 * space; the builder's own query encoding would leave it as it is.
	 */
	private static UriComponentsBuilder listLink(HttpServletRequest request) {
		QueryParameters handled = QueryParameters.of(request);
		UriComponentsBuilder link = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null);
		request.getParameterMap().forEach((name, values) -> {
			if (!POSITION_PARAMETERS.contains(name) && (handled == null || handled.known().contains(name))) {
				for (String value : values) {
					link.queryParam(encode(name), encode(value));
				}
			}
		});
		return link;
	}

	/** A link to another page of the list, at this position (none for the first). */
	private static String link(UriComponentsBuilder list, Page.Position position, String relation) {
		UriComponentsBuilder link = list.cloneBuilder();
		if (position != null) {
			link.queryParam(encode(position.parameter()), encode(position.value()));
		}
		// Already encoded, and the path as the request sent it: assembled, not encoded
		// again.
		return "<" + link.build().toUriString() + ">; rel=\"" + relation + "\"";
	}

	private static String encode(String text) {
		return UriUtils.encode(text, StandardCharsets.UTF_8);
	}

}
