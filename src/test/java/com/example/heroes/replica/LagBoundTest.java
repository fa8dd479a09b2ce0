package com.example.heroes.replica;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LagBoundTest {

	private static final long SECOND = 1_000_000_000L;

	final LagBound bound = new LagBound(Duration.ofSeconds(5));

	@Test
	void aReplicaIsWithinTheBoundWhenItHasWhatThePrimaryHadThatLongAgo() {
		for (int s = 0; s <= 10; s++) {
			this.bound.primaryAt(s * SECOND, new Lsn(100L * s));
		}
		assertThat(this.bound.within(10 * SECOND, new Lsn(500))).isTrue();
		assertThat(this.bound.within(10 * SECOND, new Lsn(499))).isFalse();
		assertThat(this.bound.within(10 * SECOND, new Lsn(1000))).isTrue();
	}

	@Test
	void beforeASampleIsOldEnoughTheOldestOneIsTheBound() {
		this.bound.primaryAt(0, new Lsn(300));
		this.bound.primaryAt(SECOND, new Lsn(400));
		assertThat(this.bound.within(2 * SECOND, new Lsn(300))).isTrue();
		assertThat(this.bound.within(2 * SECOND, new Lsn(299))).isFalse();
	}

	@Test
	void withNoSampleNoReplicaIsWithinTheBound() {
		assertThat(this.bound.within(0, new Lsn(Long.MAX_VALUE))).isFalse();
	}

	@Test
	void positionsReadAndPrintAsPostgresqlWritesThem() {
		Lsn lsn = Lsn.parse("16/B374D848");
		assertThat(lsn.value()).isEqualTo((0x16L << 32) | 0xB374D848L);
		assertThat(lsn).hasToString("16/B374D848");
		assertThat(Lsn.parse("0/0")).isEqualTo(new Lsn(0));
		assertThat(Lsn.parse("FFFFFFFF/FFFFFFFF").atLeast(Lsn.parse("0/1"))).isTrue();
		assertThat(Lsn.parse("yesterday")).isNull();
		assertThat(Lsn.parse("1/2/3")).isNull();
		assertThat(Lsn.parse("123456789/0")).isNull();
	}

}
