package com.example.heroes.web;

import java.time.Duration;

import com.example.heroes.config.HeroesProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read's preconditions, half of them answered by Spring MVC's own not-modified check on
 * a 200 with an ETag: this pins down that Spring and {@link ConditionalRequests} together
 * give what API.md §8 asks.
 */
class ConditionalRequestsTest {

	private static final String ETAG = ETags.of(3, "7:1");

	private final MockMvcTester mvc = MockMvcTester
		.of(new ReadController(new ConditionalRequests(new HeroesProperties(DataSize.ofMegabytes(1), false, null,
				new HeroesProperties.CursorKeys(Duration.ofDays(7), Duration.ofDays(1), Duration.ofMinutes(1)),
				new HeroesProperties.Idempotency(Duration.ofHours(24), Duration.ofMinutes(10))))));

	@Test
	void aCurrentTagInIfNoneMatchIs304WithTheETagAndNoBody() {
		for (String header : new String[] { ETAG, "W/" + ETAG, "\"9\", " + ETAG, "*", " * " }) {
			assertThat(this.mvc.get().uri("/thing").header(HttpHeaders.IF_NONE_MATCH, header))
				.hasStatus(HttpStatus.NOT_MODIFIED)
				.hasHeader(HttpHeaders.ETAG, ETAG)
				.body()
				.isEmpty();
		}
	}

	@Test
	void anotherTagInIfNoneMatchIsTheFullAnswer() {
		assertThat(this.mvc.get().uri("/thing").header(HttpHeaders.IF_NONE_MATCH, "\"3\", W/\"4\"")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, ETAG)
			.hasBodyTextEqualTo("thing");
	}

	@Test
	void aFailingIfMatchIs412OnARead() {
		assertThat(this.mvc.get().uri("/thing").header(HttpHeaders.IF_MATCH, "\"4\""))
			.hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.mvc.get().uri("/thing").header(HttpHeaders.IF_MATCH, "W/\"3\""))
			.hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.mvc.get().uri("/thing").header(HttpHeaders.IF_MATCH, "\"4\", " + ETAG)).hasStatusOk();
	}

	@RestController
	static class ReadController {

		private final ConditionalRequests conditions;

		ReadController(ConditionalRequests conditions) {
			this.conditions = conditions;
		}

		@GetMapping("/thing")
		ResponseEntity<String> get(HttpServletRequest request) {
			return this.conditions.read(request, ETAG, 3, "thing");
		}

	}

}
