package com.example.heroes.paging;

import java.util.List;

import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the HMAC that signs paging cursors: one signs new cursors, and a cursor
 * signed with any of the accepted ones is honoured.
 */
interface CursorKeys {

	String ALGORITHM = "HmacSHA256";

	SecretKeySpec signing();

	/** The keys a cursor may be signed with, the signing one first. */
	List<SecretKeySpec> accepted();

	/** One key, given by the operator: it signs, and only it is accepted. */
	static CursorKeys fixed(byte[] secret) {
		SecretKeySpec key = new SecretKeySpec(secret, ALGORITHM);
		return new CursorKeys() {

			@Override
			public SecretKeySpec signing() {
				return key;
			}

			@Override
			public List<SecretKeySpec> accepted() {
				return List.of(key);
			}

		};
	}

}
