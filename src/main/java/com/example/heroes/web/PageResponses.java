package com.example.heroes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.example.heroes.query.Page;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Answers a list request: the page's items as a JSON array, {@code X-Total-Count} when
 * the page was counted, and a {@code Link} header (RFC 8288) with {@code next},
 * {@code prev} and {@code first}. The links keep the request's filters, sort and limit.
 */
public final class PageResponses {

	public static final String TOTAL_COUNT = "X-Total-Count";

	/** The parameters that say where a page starts; every link sets its own. */
	private static final Set<String> POSITION_PARAMETERS = Set.of("offset", "after", "before");

	private PageResponses() {
	}

	public static <T> ResponseEntity<List<T>> ok(Page<T> page, HttpServletRequest request) {
		List<String> links = new ArrayList<>();
		if (page.next() != null) {
			links.add(link(request, page.next(), "next"));
		}
		if (page.previous() != null) {
			links.add(link(request, page.previous(), "prev"));
		}
		links.add(link(request, null, "first"));
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.LINK, String.join(", ", links));
		if (page.totalCount() != null) {
			headers.set(TOTAL_COUNT, Long.toString(page.totalCount()));
		}
		return ResponseEntity.ok().headers(headers).body(page.items());
	}

	private static String link(HttpServletRequest request, Page.Position position, String relation) {
		UriComponentsBuilder uri = ServletUriComponentsBuilder.fromCurrentRequestUri();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!POSITION_PARAMETERS.contains(parameter.getKey())) {
				uri.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
			}
		}
		if (position != null) {
			uri.queryParam(position.parameter(), position.value());
		}
		return "<" + uri.encode().build().toUriString() + ">; rel=\"" + relation + "\"";
	}

}
