package com.example.heroes.team;

import com.example.heroes.web.ConditionalRequests;
import com.example.heroes.web.ETagged;
import com.example.heroes.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading one hero, which is answered with its team: the team feature knows both, so the
 * hero feature's other endpoints ({@code hero.HeroController}) need not know teams.
 */
@RestController
@RequestMapping(path = "/heroes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "heroes")
class HeroWithTeamController {

	private final TeamService teams;

	private final ConditionalRequests conditions;

	HeroWithTeamController(TeamService teams, ConditionalRequests conditions) {
		this.teams = teams;
		this.conditions = conditions;
	}

	@GetMapping("/{id:\\d+}")
	@ETagged
	@Operation(operationId = "getHero", summary = "Read a hero, with its team")
	ResponseEntity<HeroPublicWithTeam> get(@PathVariable long id, HttpServletRequest request) {
		HeroPublicWithTeam hero = this.teams.heroWithTeam(id);
		TeamPublic team = hero.team();
		String etag = (team != null) ? ETags.of(hero.version(), team.id() + ":" + team.version())
				: ETags.of(hero.version());
		return this.conditions.read(request, etag, hero.version(), hero);
	}

}
