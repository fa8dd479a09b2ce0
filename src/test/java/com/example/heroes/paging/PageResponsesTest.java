package com.example.heroes.paging;

import java.util.List;

import com.example.heroes.hero.HeroFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import com.example.heroes.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The {@code Link} header of a list page, built from the request its handler got. */
class PageResponsesTest {

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void linksRepeatTheParametersTheHandlerTakesAndReplaceThePosition() throws Exception {
		MockHttpServletRequest request = listRequest();
		request.addParameter("name_contains", "C++ x*~");
		request.addParameter("team_id", "1", "2");
		request.addParameter("colour", "red");
		request.addParameter("after", "old");
		request.addParameter("limit", "2");
		String link = link(
				new Page<>(List.of(), null, new Page.Position("after", "abc_-"), new Page.Position("offset", "0")),
				request);
		assertThat(link).isEqualTo("<http://localhost/heroes?name_contains=C%2B%2B%20x%2A~&team_id=1&team_id=2"
				+ "&limit=2&after=abc_->; rel=\"next\", "
				+ "<http://localhost/heroes?name_contains=C%2B%2B%20x%2A~&team_id=1&team_id=2&limit=2&offset=0>; "
				+ "rel=\"prev\", <http://localhost/heroes?name_contains=C%2B%2B%20x%2A~&team_id=1&team_id=2&limit=2>; "
				+ "rel=\"first\"");
	}

	@Test
	void theFirstLinkOfAPlainListHasNoQuery() throws Exception {
		assertThat(link(new Page<>(List.of(), null, null, null), listRequest()))
			.isEqualTo("<http://localhost/heroes>; rel=\"first\"");
	}

	@Test
	void aLinkHeaderTooLongIs414() throws Exception {
		MockHttpServletRequest request = listRequest();
		request.addParameter("name_contains", "'".repeat(6_000));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> link(new Page<>(List.of(), null, new Page.Position("offset", "1"), null), request))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.URI_TOO_LONG));
	}

	private static MockHttpServletRequest listRequest() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/heroes");
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, new HandlerMethod(new Handlers(),
				Handlers.class.getDeclaredMethod("list", HeroFilter.class, PageParams.class)));
		return request;
	}

	private static String link(Page<Object> page, MockHttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return PageResponses.ok(page, request).getHeaders().getFirst(HttpHeaders.LINK);
	}

	static class Handlers {

		void list(HeroFilter filter, PageParams page) {
		}

	}

}
