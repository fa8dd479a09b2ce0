package com.example.heroes.paging;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.example.heroes.problem.InvalidRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Turns cursors into opaque tokens and back. A token is its JSON payload and an
 * HMAC-SHA256 of it, both base64url-encoded, so a token the service did not issue, or one
 * that was altered, is refused with a 422 instead of being read. The keys come from
 * {@link CursorKeys}: the same at every instance, and rotated.
 */
@Component
class CursorCodec {

	/** Far longer than any token this service issues; anything longer is not one. */
	private static final int MAX_TOKEN_LENGTH = 2048;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** More keys than are ever accepted at once. */
	private static final int MAX_MACS = 8;

	private final CursorKeys keys;

	private final JsonMapper json = JsonMapper.builder().build();

	/** An initialised MAC per key, never used itself: each signature uses a clone. */
	private final Map<SecretKeySpec, Mac> macs = new ConcurrentHashMap<>();

	CursorCodec(CursorKeys keys) {
		this.keys = keys;
	}

	String encode(Cursor cursor) {
		ObjectNode payload = this.json.createObjectNode()
			.put("s", cursor.scope())
			.put("o", cursor.sort())
			.put("b", cursor.backward());
		ArrayNode keys = payload.putArray("k");
		for (Object key : cursor.keys()) {
			keys.addPOJO((key instanceof Instant instant) ? instant.toString() : key);
		}
		byte[] body = this.json.writeValueAsBytes(payload);
		return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body, this.keys.signing()));
	}

	<E> Cursor decode(Cursor.Token token, Sorting<E> sorting, List<SortKey<E>> order) {
		String parameter = token.parameter();
		byte[] body = verifiedBody(token);
		try {
			JsonNode payload = this.json.readTree(body);
			String sort = Sorting.canonical(order);
			if (!sorting.scope().equals(payload.path("s").asString()) || !sort.equals(payload.path("o").asString())) {
				throw new InvalidRequestException(parameter,
						"belongs to another list or sort order; follow the Link header with the same sort");
			}
			JsonNode keys = payload.path("k");
			if (!keys.isArray() || keys.size() != order.size()) {
				throw notIssued(parameter);
			}
			List<Object> values = new ArrayList<>();
			for (int i = 0; i < order.size(); i++) {
				values.add(value(keys.get(i), order.get(i).field().type(), parameter));
			}
			return new Cursor(sorting.scope(), sort, "before".equals(parameter), values);
		}
		catch (JacksonException | IllegalArgumentException | java.time.DateTimeException ex) {
			throw notIssued(parameter);
		}
	}

	private byte[] verifiedBody(Cursor.Token token) {
		String value = token.value();
		int dot = value.indexOf('.');
		if (value.length() > MAX_TOKEN_LENGTH || dot < 0) {
			throw notIssued(token.parameter());
		}
		try {
			byte[] body = DECODER.decode(value.substring(0, dot));
			byte[] signature = DECODER.decode(value.substring(dot + 1));
			for (SecretKeySpec key : this.keys.accepted()) {
				if (MessageDigest.isEqual(sign(body, key), signature)) {
					return body;
				}
			}
			throw notIssued(token.parameter());
		}
		catch (IllegalArgumentException ex) {
			throw notIssued(token.parameter());
		}
	}

	private static Object value(JsonNode node, Class<?> type, String parameter) {
		if (type == Long.class && node.canConvertToLong()) {
			return node.asLong();
		}
		if (type == Integer.class && node.canConvertToInt()) {
			return node.asInt();
		}
		if (type == String.class && node.isString()) {
			return node.asString();
		}
		if (type == Instant.class && node.isString()) {
			return Instant.parse(node.asString());
		}
		throw notIssued(parameter);
	}

	/**
	 * Signs with a copy of a MAC already initialised with the key: looking the algorithm
	 * up and initialising it cost more than the HMAC of a cursor.
	 */
	private byte[] sign(byte[] body, SecretKeySpec key) {
		try {
			Mac initialised = this.macs.get(key);
			if (initialised == null) {
				if (this.macs.size() >= MAX_MACS) {
					// Keys rotate: the ones no longer in use go.
					this.macs.clear();
				}
				initialised = Mac.getInstance(CursorKeys.ALGORITHM);
				initialised.init(key);
				this.macs.put(key, initialised);
			}
			return ((Mac) initialised.clone()).doFinal(body);
		}
		catch (GeneralSecurityException | CloneNotSupportedException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static InvalidRequestException notIssued(String parameter) {
		return new InvalidRequestException(parameter, "is not a cursor this service issued");
	}

}
