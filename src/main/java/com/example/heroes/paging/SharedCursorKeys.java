package com.example.heroes.paging;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.example.heroes.config.HeroesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Cursor keys kept in the database ({@code cursor_key}), so that every instance signs and
 * accepts the same ones without any configuration (API.md §12).
 * <p>
 * Keys come in generations. Each refresh (at start, then every
 * {@code heroes.cursor-keys.refresh}) inserts the next generation when the newest is
 * older than {@code heroes.cursor-keys.rotation}, or the first one into an empty table,
 * with {@code ON CONFLICT DO NOTHING}: instances that do it at the same moment all
 * propose the same generation, one row wins, and all of them read that row back. A new
 * key signs only once it is two refreshes old, so that by then every instance accepts it;
 * the key it replaces is accepted for {@code heroes.cursor-keys.grace} more, and deleted
 * after that. Ages are measured by the database's clock, so instances whose clocks differ
 * still agree.
 */
class SharedCursorKeys implements CursorKeys, SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SharedCursorKeys.class);

	private static final int KEY_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Duration rotation;

	private final Duration grace;

	/** The age at which a new key starts signing. */
	private final Duration publication;

	private volatile Snapshot snapshot;

	SharedCursorKeys(JdbcClient jdbc, HeroesProperties.CursorKeys settings) {
		this.jdbc = jdbc;
		this.rotation = settings.rotation();
		this.grace = settings.grace();
		this.publication = settings.refresh().multipliedBy(2);
	}

	@Override
	public SecretKeySpec signing() {
		return current().signing();
	}

	@Override
	public List<SecretKeySpec> accepted() {
		return current().accepted();
	}

	/**
	 * Reads the keys (making the first if there is none) once the application's beans,
	 * Flyway's among them, are ready, and before any request asks for them: a request's
	 * transaction may be read-only.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		refresh();
	}

	/**
	 * Refreshes on schedule; while the database cannot be reached, the keys read last
	 * stay in use.
	 */
	@Scheduled(fixedDelayString = "${heroes.cursor-keys.refresh:1m}",
			initialDelayString = "${heroes.cursor-keys.refresh:1m}")
	public void refreshOnSchedule() {
		try {
			refresh();
		}
		catch (DataAccessException ex) {
			logger.warn("Could not refresh the cursor keys; the ones read last stay in use: {}", ex.getMessage());
		}
	}

	/**
	 * Rotates the newest key if it is due (or makes the first), deletes keys no longer
	 * accepted, and reads them all.
	 */
	void refresh() {
		byte[] secret = new byte[KEY_BYTES];
		this.random.nextBytes(secret);
		this.jdbc.sql("""
				INSERT INTO cursor_key (generation, secret)
				SELECT coalesce(max(generation), 0) + 1, :secret FROM cursor_key
				HAVING coalesce(max(created_at), '-infinity') <= now() - make_interval(secs => :rotation)
				ON CONFLICT (generation) DO NOTHING""")
			.param("secret", secret)
			.param("rotation", seconds(this.rotation))
			.update();
		this.jdbc.sql("""
				DELETE FROM cursor_key k WHERE EXISTS (SELECT 1 FROM cursor_key n
				WHERE n.generation = k.generation + 1 AND n.created_at < now() - make_interval(secs => :expiry))""")
			.param("expiry", seconds(this.publication.plus(this.grace).plus(this.publication)))
			.update();
		List<Key> keys = this.jdbc.sql(
				"SELECT generation, secret, extract(epoch FROM now() - created_at) FROM cursor_key ORDER BY generation")
			.query((row, n) -> new Key(row.getInt(1), new SecretKeySpec(row.getBytes(2), ALGORITHM),
					Duration.ofNanos((long) (row.getDouble(3) * 1e9))))
			.list();
		this.snapshot = new Snapshot(keys, System.nanoTime());
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null) {
			throw new IllegalStateException("The cursor keys are read when the application starts");
		}
		return current;
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private record Key(int generation, SecretKeySpec spec, Duration ageWhenRead) {
	}

	/** The keys as read at one moment ({@link System#nanoTime()}). */
	private final class Snapshot {

		private final List<Key> keys;

		private final long readAt;

		Snapshot(List<Key> keys, long readAt) {
			if (keys.isEmpty()) {
				throw new IllegalStateException("cursor_key holds no key after inserting one");
			}
			this.keys = keys;
			this.readAt = readAt;
		}

		private Duration age(Key key) {
			return key.ageWhenRead().plusNanos(System.nanoTime() - this.readAt);
		}

		/** The newest key old enough to be known everywhere; the oldest signs at once. */
		private int signingIndex() {
			for (int i = this.keys.size() - 1; i > 0; i--) {
				if (age(this.keys.get(i)).compareTo(SharedCursorKeys.this.publication) >= 0) {
					return i;
				}
			}
			return 0;
		}

		SecretKeySpec signing() {
			return this.keys.get(signingIndex()).spec();
		}

		List<SecretKeySpec> accepted() {
			int signing = signingIndex();
			List<SecretKeySpec> accepted = new ArrayList<>();
			accepted.add(this.keys.get(signing).spec());
			for (int i = this.keys.size() - 1; i >= 0; i--) {
				if (i > signing) {
					accepted.add(this.keys.get(i).spec());
				}
				else if (i < signing && age(this.keys.get(i + 1))
					.compareTo(SharedCursorKeys.this.publication.plus(SharedCursorKeys.this.grace)) < 0) {
					accepted.add(this.keys.get(i).spec());
				}
			}
			return accepted;
		}

	}

}
