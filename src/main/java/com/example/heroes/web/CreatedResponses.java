package com.example.heroes.web;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The 201 answer to the creation of one team or hero. */
public final class CreatedResponses {

	private CreatedResponses() {
	}

	/**
	 * A 201 with the new resource's {@code Location} (below the collection the request
	 * was sent to) and its {@code ETag}, with any other headers.
	 */
	public static <T> ResponseEntity<T> created(long id, long version, T body, HttpHeaders headers) {
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).eTag(ETags.of(version)).headers(headers).body(body);
	}

}
