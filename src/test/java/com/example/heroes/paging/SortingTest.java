package com.example.heroes.paging;

import java.time.Instant;

import com.example.heroes.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SortingTest {

	static final Sorting<Object> SORTING = new Sorting<>("things", SortField.attribute("id", "id", Long.class),
			SortField.attribute("name", "name", String.class), SortField.attribute("age", "age", Integer.class),
			SortField.attribute("created_at", "createdAt", Instant.class));

	@Test
	void noSortMeansById() {
		assertThat(Sorting.canonical(SORTING.parse(null))).isEqualTo("id");
		assertThat(Sorting.canonical(SORTING.parse(" "))).isEqualTo("id");
	}

	@Test
	void fieldsKeepTheirOrderAndDirectionAndTheIdBreaksTies() {
		assertThat(Sorting.canonical(SORTING.parse("-age,name"))).isEqualTo("-age,name,id");
	}

	@Test
	void theTieBreakerTakesTheDirectionOfTheLastField() {
		assertThat(Sorting.canonical(SORTING.parse("-created_at"))).isEqualTo("-created_at,-id");
	}

	@Test
	void anExplicitIdIsNotRepeated() {
		assertThat(Sorting.canonical(SORTING.parse("-id"))).isEqualTo("-id");
		assertThat(Sorting.canonical(SORTING.parse("id,name"))).isEqualTo("id,name");
	}

	@Test
	void spacesAroundFieldsAreIgnored() {
		assertThat(Sorting.canonical(SORTING.parse(" -age , name "))).isEqualTo("-age,name,id");
	}

	@ParameterizedTest
	@ValueSource(strings = { "secret_name", "nope", "name,", ",name", "-", "--age", "name,-name", "age,age", "Name" })
	void anythingElseIsRefusedNamingSort(String sort) {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> SORTING.parse(sort))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement()
				.satisfies((error) -> assertThat(error.field()).isEqualTo("sort")));
	}

}
