package com.example.heroes.team;

import com.example.heroes.paging.QueryText;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The filters of {@code GET /teams}, combined with AND.
 *
 * @param name the exact name, ignoring case
 * @param nameContains a part of the name, ignoring case; {@code %} and {@code _} match
 * themselves
 */
public record TeamFilter(@Parameter(description = "Exact name, ignoring case.") String name,
		@Parameter(name = "name_contains",
				description = "Part of the name, ignoring case.") @BindParam("name_contains") String nameContains) {

	public TeamFilter {
		name = QueryText.absentIfEmpty(name);
		nameContains = QueryText.absentIfEmpty(nameContains);
	}

}
