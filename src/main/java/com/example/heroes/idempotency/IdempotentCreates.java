package com.example.heroes.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.example.heroes.config.HeroesProperties;
import com.example.heroes.config.Transactions;
import com.example.heroes.problem.InvalidRequestException;
import com.example.heroes.problem.ReplayedProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Safe retries of creates (API.md §9). A create sent with an {@code Idempotency-Key} runs
 * at most once per key: the key is claimed by inserting its row, in the same transaction
 * as the create, and the answer is stored beside it before commit. A request that arrives
 * with the same key meanwhile, at this instance or another, waits on that row's unique
 * index until the first commits, and then replays the stored answer.
 * <p>
 * When the create is refused (a 409, say), its transaction rolls back with the key; the
 * problem detail it was answered with is then stored for the key in a transaction of its
 * own ({@link RefusedCreates}), so that a repeat gets that refusal again even if the data
 * has changed since. A request that fails before the create runs (invalid input) or for a
 * passing reason (the database away, a 5xx) stores nothing, and its retry runs afresh.
 */
@Service
public class IdempotentCreates {

	public static final String HEADER = "Idempotency-Key";

	/** Set on an answer that is the replay of an earlier one. */
	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final Logger logger = LoggerFactory.getLogger(IdempotentCreates.class);

	private static final int CREATED = 201;

	/** 1 to 255 visible ASCII characters. */
	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration ttl;

	private final TransactionTemplate transactions;

	IdempotentCreates(JdbcClient jdbc, JsonMapper json, Clock clock, HeroesProperties properties,
			@Qualifier(Transactions.MANAGER) PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.ttl = properties.idempotency().ttl();
	}

	/**
	 * Runs a create once per key.
	 * @param key the request's {@code Idempotency-Key}, or null to run it plainly
	 * @param operation what is created, e.g. {@code POST /heroes}; a key is bound to it
	 * @param request the parsed request body, without its write-only values (which a
	 * repeat would otherwise confirm or deny); a key is bound to it too
	 * @param answerType how to read a stored answer back
	 * @param create the create itself, run in the key's transaction where there is a key
	 * @return the answer, and whether it is a replay
	 */
	public <T> Answer<T> create(String key, String operation, Object request, TypeReference<T> answerType,
			Supplier<T> create) {
		if (key == null) {
			// Nothing to keep beside it: the create runs as it would without a key, in a
			// transaction of its own if it needs one.
			return new Answer<>(create.get(), false);
		}
		if (!VALID_KEY.matcher(key).matches()) {
			throw new InvalidRequestException(HEADER, "must be 1 to 255 visible ASCII characters");
		}
		return this.transactions.execute((status) -> createOnce(key, operation, request, answerType, create));
	}

	private <T> Answer<T> createOnce(String key, String operation, Object request, TypeReference<T> answerType,
			Supplier<T> create) {
		byte[] fingerprint = fingerprint(operation, request);
		Instant now = this.clock.instant();
		if (claim(key, fingerprint, now)) {
			RefusedCreates.expect(new Claim(key, fingerprint, now));
			T answer = create.get();
			this.jdbc.sql("UPDATE idempotency_key SET response = :response WHERE key = :key")
				.param("response", this.json.writeValueAsString(answer))
				.param("key", key)
				.update();
			return new Answer<>(answer, false);
		}
		Stored stored = this.jdbc.sql("SELECT fingerprint, status, response FROM idempotency_key WHERE key = :key")
			.param("key", key)
			.query((rows, row) -> new Stored(rows.getBytes("fingerprint"), rows.getInt("status"),
					rows.getString("response")))
			.single();
		if (!MessageDigest.isEqual(stored.fingerprint(), fingerprint)) {
			throw new IdempotencyKeyReusedException();
		}
		if (stored.status() != CREATED) {
			HttpHeaders replayed = new HttpHeaders();
			replayed.set(REPLAYED_HEADER, "true");
			throw new ReplayedProblemException(stored.status(), stored.response(), replayed);
		}
		return new Answer<>(this.json.readValue(stored.response(), answerType), true);
	}

	/**
	 * Keeps the refusal a claimed create was answered with, unless the key was taken
	 * meanwhile: by then the other request's answer is the one that stands.
	 */
	@Transactional(Transactions.MANAGER)
	public void storeRefusal(Claim claim, int status, String problem) {
		this.jdbc.sql("""
				INSERT INTO idempotency_key (key, fingerprint, status, response, created_at)
				VALUES (:key, :fingerprint, :status, :response, :claimed)
				ON CONFLICT (key) DO NOTHING""")
			.param("key", claim.key())
			.param("fingerprint", claim.fingerprint())
			.param("status", status)
			.param("response", problem)
			.param("claimed", Timestamp.from(claim.claimedAt()))
			.update();
	}

	/**
	 * Inserts the key's row, or takes over the row of an expired key. A live key held by
	 * a transaction in flight makes this wait for it to end.
	 */
	private boolean claim(String key, byte[] fingerprint, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO idempotency_key (key, fingerprint, response, created_at)
				VALUES (:key, :fingerprint, '', :now)
				ON CONFLICT (key) DO UPDATE
				SET fingerprint = EXCLUDED.fingerprint, response = '', created_at = EXCLUDED.created_at
				WHERE idempotency_key.created_at <= :expired""")
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("now", Timestamp.from(now))
			.param("expired", Timestamp.from(now.minus(this.ttl)))
			.update() == 1;
	}

	/**
	 * Deletes keys older than {@code heroes.idempotency.ttl}; every instance may run it.
	 */
	@Scheduled(fixedDelayString = "${heroes.idempotency.cleanup-interval:10m}", initialDelayString = "1m")
	@Transactional(Transactions.MANAGER)
	public int deleteExpired() {
		int deleted = this.jdbc.sql("DELETE FROM idempotency_key WHERE created_at <= :expired")
			.param("expired", Timestamp.from(this.clock.instant().minus(this.ttl)))
			.update();
		if (deleted > 0) {
			logger.info("Deleted {} expired idempotency keys", deleted);
		}
		return deleted;
	}

	/**
	 * A SHA-256 of the operation and the parsed body, so that a repeat is recognised by
	 * what it asks for, whatever its whitespace or key order.
	 */
	private byte[] fingerprint(String operation, Object request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(operation.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(this.json.writeValueAsBytes(request));
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * The answer to a create.
	 *
	 * @param body what the create answered
	 * @param replayed whether it is the stored answer to an earlier request with the key
	 */
	public record Answer<T>(T body, boolean replayed) {

		/** {@code Idempotent-Replayed: true} on a replay, nothing otherwise. */
		public HttpHeaders headers() {
			HttpHeaders headers = new HttpHeaders();
			if (this.replayed) {
				headers.set(REPLAYED_HEADER, "true");
			}
			return headers;
		}

	}

	/**
	 * A key this request claimed, with what it was claimed for.
	 *
	 * @param key the key
	 * @param fingerprint the request it was claimed for
	 * @param claimedAt when
	 */
	record Claim(String key, byte[] fingerprint, Instant claimedAt) {
	}

	private record Stored(byte[] fingerprint, int status, String response) {
	}

}
