package com.example.heroes.web;

/** Media types the endpoints name that Spring has no constant for. */
public final class MediaTypes {

	/** JSON Merge Patch (RFC 7396), which PATCH takes besides plain JSON. */
	public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

	private MediaTypes() {
	}

}
