package com.example.heroes.web;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InstantJsonSerializerTest {

	private final JsonMapper json = MvcSlice.jsonMapper();

	@ParameterizedTest
	@ValueSource(strings = { "0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
			"2000-02-29T12:00:00.100Z", "2026-12-02T18:20:07.198253Z", "2026-12-02T18:20:07.000001Z",
			"2026-12-02T18:20:07.000000001Z", "2026-12-02T18:20:07.120Z", "9999-12-31T23:59:59.999999Z" })
	void anInstantIsWrittenAsTheJdkWritesIt(String text) {
		Instant instant = Instant.parse(text);
		assertThat(this.json.writeValueAsString(instant)).isEqualTo("\"" + instant + "\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-290308-12-21T19:59:05.224192Z" })
	void anInstantOutsideYearsZeroTo9999IsWrittenAsTheJdkWritesIt(String text) {
		Instant instant = Instant.parse(text);
		assertThat(InstantJsonSerializer.format(instant, new char[30])).isNegative();
		assertThat(this.json.writeValueAsString(instant)).isEqualTo("\"" + instant + "\"");
	}

	@Test
	void instantsOfEveryPrecisionAcrossYearsZeroTo9999AreWrittenAsTheJdkWritesThem() {
		SplittableRandom random = new SplittableRandom(7);
		long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
		long end = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
		int[] units = { 1_000_000_000, 1_000_000, 1000, 1 };
		char[] text = new char[30];
		for (int i = 0; i < 200_000; i++) {
			int unit = units[i % units.length];
			Instant instant = Instant.ofEpochSecond(random.nextLong(first, end),
					(unit == 1_000_000_000) ? 0 : random.nextInt(1_000_000_000 / unit) * unit);
			int length = InstantJsonSerializer.format(instant, text);
			assertThat(new String(text, 0, length)).isEqualTo(instant.toString());
		}
	}

}
