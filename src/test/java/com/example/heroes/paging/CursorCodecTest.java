package com.example.heroes.paging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.spec.SecretKeySpec;

import com.example.heroes.config.HeroesProperties;
import com.example.heroes.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorCodecTest {

	final CursorCodec codec = codec("a shared secret");

	final List<SortKey<Object>> order = SortingTest.SORTING.parse("-created_at,name");

	@Test
	void aCursorSurvivesTheRoundTrip() {
		Instant createdAt = Instant.parse("2026-11-21T09:30:00.123456Z");
		String token = this.codec
			.encode(new Cursor("things", "-created_at,name,id", false, List.of(createdAt, "deadpond", 42L)));
		Cursor cursor = this.codec.decode(new Cursor.Token("after", token), SortingTest.SORTING, this.order);
		assertThat(cursor.keys()).containsExactly(createdAt, "deadpond", 42L);
		assertThat(cursor.backward()).isFalse();
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
	}

	@Test
	void aCursorIsAcceptedByAnotherInstanceWithTheSameSecret() {
		String token = this.codec
			.encode(new Cursor("things", "-created_at,name,id", false, List.of(Instant.EPOCH, "a", 1L)));
		assertThat(codec("a shared secret").decode(new Cursor.Token("after", token), SortingTest.SORTING, this.order))
			.isNotNull();
		assertRefused(() -> codec("another secret").decode(new Cursor.Token("after", token), SortingTest.SORTING,
				this.order));
	}

	@Test
	void aCursorSignedWithAStillAcceptedKeyIsAcceptedAndNewOnesAreSignedWithTheNewKey() {
		String old = this.codec.encode(new Cursor("things", "id", false, List.of(1L)));
		SecretKeySpec previous = CursorKeys.fixed("a shared secret".getBytes(StandardCharsets.UTF_8)).signing();
		SecretKeySpec next = CursorKeys.fixed("the next secret".getBytes(StandardCharsets.UTF_8)).signing();
		CursorCodec rotated = new CursorCodec(new CursorKeys() {

			@Override
			public SecretKeySpec signing() {
				return next;
			}

			@Override
			public List<SecretKeySpec> accepted() {
				return List.of(next, previous);
			}

		});
		List<SortKey<Object>> byId = SortingTest.SORTING.parse("id");
		assertThat(rotated.decode(new Cursor.Token("after", old), SortingTest.SORTING, byId).keys())
			.containsExactly(1L);
		String fresh = rotated.encode(new Cursor("things", "id", false, List.of(1L)));
		assertThat(fresh).isNotEqualTo(old);
		assertThat(codec("the next secret").decode(new Cursor.Token("after", fresh), SortingTest.SORTING, byId))
			.isNotNull();
	}

	@Test
	void everyKeyOfManyRotationsSignsAsAFreshInstanceWithItWould() {
		SecretKeySpec[] current = new SecretKeySpec[1];
		CursorCodec rotating = new CursorCodec(new CursorKeys() {

			@Override
			public SecretKeySpec signing() {
				return current[0];
			}

			@Override
			public List<SecretKeySpec> accepted() {
				return List.of(current[0]);
			}

		});
		Cursor cursor = new Cursor("things", "id", false, List.of(1L));
		for (int generation = 0; generation < 20; generation++) {
			String secret = "secret " + (generation % 12);
			current[0] = CursorKeys.fixed(secret.getBytes(StandardCharsets.UTF_8)).signing();
			assertThat(rotating.encode(cursor)).isEqualTo(codec(secret).encode(cursor));
		}
	}

	@Test
	void aCursorSignedOnManyThreadsAtOnceIsSignedTheSameOnEach() throws Exception {
		Cursor cursor = new Cursor("things", "id", false, List.of(1L));
		String expected = codec("a shared secret").encode(cursor);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Set<String>>> tokens = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				tokens.add(threads.submit(() -> {
					Set<String> signed = new HashSet<>();
					for (int j = 0; j < 2000; j++) {
						signed.add(this.codec.encode(cursor));
					}
					return signed;
				}));
			}
			for (Future<Set<String>> signed : tokens) {
				assertThat(signed.get()).containsExactly(expected);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aConfiguredSecretSignsWithoutTheDatabase() {
		HeroesProperties properties = new HeroesProperties(DataSize.ofMegabytes(1), false, "a shared secret",
				new HeroesProperties.CursorKeys(Duration.ofDays(7), Duration.ofDays(1), Duration.ofMinutes(1)),
				new HeroesProperties.Idempotency(Duration.ofHours(24), Duration.ofMinutes(10)));
		CursorKeys keys = CursorKeysConfig.cursorKeys(properties, () -> {
			throw new AssertionError("the database is not asked for keys");
		});
		String token = new CursorCodec(keys).encode(new Cursor("things", "id", false, List.of(1L)));
		assertThat(this.codec.decode(new Cursor.Token("after", token), SortingTest.SORTING,
				SortingTest.SORTING.parse("id")))
			.isNotNull();
	}

	@Test
	void anAlteredCursorIsRefused() {
		String token = this.codec
			.encode(new Cursor("things", "-created_at,name,id", false, List.of(Instant.EPOCH, "a", 1L)));
		String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
		String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("1]", "2]").getBytes())
				+ token.substring(token.indexOf('.'));
		assertRefused(() -> this.codec.decode(new Cursor.Token("after", forged), SortingTest.SORTING, this.order));
	}

	@Test
	void aCursorOfAnotherSortIsRefused() {
		String token = this.codec.encode(new Cursor("things", "id", false, List.of(1L)));
		assertRefused(() -> this.codec.decode(new Cursor.Token("after", token), SortingTest.SORTING, this.order));
	}

	@Test
	void aCursorOfAnotherListIsRefused() {
		String token = this.codec
			.encode(new Cursor("others", "-created_at,name,id", false, List.of(Instant.EPOCH, "a", 1L)));
		assertRefused(() -> this.codec.decode(new Cursor.Token("after", token), SortingTest.SORTING, this.order));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "x", "abc.def", "eyJ9.eyJ9", "....", "%%%", "a.b.c" })
	void garbageIsRefusedNamingTheParameter(String token) {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.codec.decode(new Cursor.Token("before", token), SortingTest.SORTING, this.order))
			.satisfies((ex) -> assertThat(ex.errors().get(0).field()).isEqualTo("before"));
	}

	private static void assertRefused(Runnable decode) {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(decode::run)
			.satisfies((ex) -> assertThat(ex.errors().get(0).field()).isEqualTo("after"));
	}

	private static CursorCodec codec(String secret) {
		return new CursorCodec(CursorKeys.fixed(secret.getBytes(StandardCharsets.UTF_8)));
	}

}
