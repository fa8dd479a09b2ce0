package com.example.heroes.web;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.ForwardedHeaderFilter;

import static org.assertj.core.api.Assertions.assertThat;

class CreatedResponsesTest {

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theLocationIsTheNewIdBelowTheCollectionTheRequestWasSentTo() {
		serving(post("/heroes", "/heroes"));
		assertThat(CreatedResponses.created(42, 0, "body", new HttpHeaders()).getHeaders().getFirst("Location"))
			.isEqualTo("http://localhost/heroes/42");
		serving(post("/heroes/", "/heroes/"));
		assertThat(CreatedResponses.location(43)).isEqualTo("http://localhost/heroes/43");
	}

	@Test
	void pathParametersAndEncodedLettersTheClientSentAreNotCopied() {
		// The container gives the servlet path decoded, without path parameters.
		serving(post("/heroes;jsessionid=abc", "/heroes"));
		assertThat(CreatedResponses.location(1)).isEqualTo("http://localhost/heroes/1");
		serving(post("/%68eroes", "/heroes"));
		assertThat(CreatedResponses.location(2)).isEqualTo("http://localhost/heroes/2");
	}

	@Test
	void theContextPathStays() {
		MockHttpServletRequest request = post("/api/heroes", "/heroes");
		request.setContextPath("/api");
		serving(request);
		assertThat(CreatedResponses.location(3)).isEqualTo("http://localhost/api/heroes/3");
	}

	@Test
	void behindATrustedProxyTheLocationIsTheProxysUrl() throws Exception {
		MockHttpServletRequest request = post("/heroes;x=1", "/heroes");
		request.addHeader("X-Forwarded-Proto", "https");
		request.addHeader("X-Forwarded-Host", "api.example.com");
		request.addHeader("X-Forwarded-Prefix", "/v1");
		AtomicReference<String> location = new AtomicReference<>();
		new ForwardedHeaderFilter().doFilter(request, new MockHttpServletResponse(), (forwarded, response) -> {
			serving((HttpServletRequest) forwarded);
			location.set(CreatedResponses.location(7));
		});
		assertThat(location).hasValue("https://api.example.com/v1/heroes/7");
	}

	@Test
	void buildingTheLocationLeavesTheRequestsURLAsItWas() {
		// As Spring's trailing-slash wrapper does: one buffer, handed out every time.
		StringBuffer url = new StringBuffer("http://localhost/heroes");
		serving(new HttpServletRequestWrapper(post("/heroes", "/heroes")) {

			@Override
			public StringBuffer getRequestURL() {
				return url;
			}

		});
		assertThat(CreatedResponses.location(1)).isEqualTo("http://localhost/heroes/1");
		assertThat(CreatedResponses.location(2)).isEqualTo("http://localhost/heroes/2");
		assertThat(url).hasToString("http://localhost/heroes");
	}

	private static MockHttpServletRequest post(String requestUri, String servletPath) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", requestUri);
		request.setServletPath(servletPath);
		return request;
	}

	private static void serving(HttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
