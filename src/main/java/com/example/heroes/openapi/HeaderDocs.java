package com.example.heroes.openapi;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/** Small builders for the headers the document describes. */
final class HeaderDocs {

	static final String ETAG = "The resource's version, as an entity tag";

	private HeaderDocs() {
	}

	/** A response header with a string value. */
	static Header header(String description) {
		return new Header().description(description).schema(new StringSchema());
	}

	/** A response header described once among the components. */
	static Header headerRef(String name) {
		return new Header().$ref("#/components/headers/" + name);
	}

	/** A request header with a string value. */
	static Parameter headerParameter(String name, String description) {
		return new Parameter().in("header").name(name).description(description).schema(new StringSchema());
	}

}
