package com.example.heroes.team;

import com.example.heroes.paging.QueryText;
import com.example.heroes.validation.Text;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The filters of {@code GET /teams}, combined with AND; a blank name, or one longer than
 * any, is a 422.
 *
 * @param name the exact name, ignoring case
 * @param nameContains a part of the name, ignoring case; {@code %} and {@code _} match
 * themselves
 */
public record TeamFilter(@Parameter(description = "Exact name, ignoring case.") @Text(max = 100) String name,
		@Parameter(name = "name_contains",
				description = "Part of the name, ignoring case.") @BindParam("name_contains") @Text(
						max = 100) String nameContains) {

	public TeamFilter {
		name = QueryText.absentIfEmpty(name);
		nameContains = QueryText.absentIfEmpty(nameContains);
	}

}
