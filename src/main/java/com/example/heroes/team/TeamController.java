package com.example.heroes.team;

import java.util.List;
import java.util.stream.Collectors;

import com.example.heroes.database.SharedReads;
import com.example.heroes.hero.HeroFilter;
import com.example.heroes.hero.HeroPublic;
import com.example.heroes.idempotency.IdempotentCreates;
import com.example.heroes.paging.OffsetParams;
import com.example.heroes.paging.Page;
import com.example.heroes.paging.PageParams;
import com.example.heroes.paging.PageResponses;
import com.example.heroes.paging.TotalCount;
import com.example.heroes.replica.ConsistencyTokens;
import com.example.heroes.web.ConditionalRequests;
import com.example.heroes.web.CreatedResponses;
import com.example.heroes.web.ETagged;
import com.example.heroes.web.ETags;
import com.example.heroes.web.MediaTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import tools.jackson.core.type.TypeReference;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/teams", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "teams")
class TeamController {

	private final TeamService teams;

	private final ConditionalRequests conditions;

	private final IdempotentCreates idempotency;

	/**
	 * The stats aggregate every hero: the same page asked for by many clients at once is
	 * read once for all of them. A Consistency-Token decides where a read may be served,
	 * so it is part of what must be the same.
	 */
	private final SharedReads<StatsRead, Page<TeamStats>> stats = new SharedReads<>();

	TeamController(TeamService teams, ConditionalRequests conditions, IdempotentCreates idempotency) {
		this.teams = teams;
		this.conditions = conditions;
		this.idempotency = idempotency;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@ETagged
	@Operation(operationId = "createTeam", summary = "Create a team",
			description = "With an Idempotency-Key, a retry within 24 hours returns the first answer instead of creating again.")
	ResponseEntity<TeamPublic> create(@Valid @RequestBody TeamCreate body,
			@RequestHeader(name = IdempotentCreates.HEADER, required = false) String idempotencyKey) {
		IdempotentCreates.Answer<TeamPublic> answer = this.idempotency.create(idempotencyKey, "POST /teams", body,
				new TypeReference<>() {
				}, () -> this.teams.create(body));
		TeamPublic team = answer.body();
		return CreatedResponses.created(team.id(), team.version(), team, answer.headers());
	}

	@GetMapping
	@Operation(operationId = "listTeams", summary = "List teams",
			description = "Filters combine with AND. Paged by offset or by the cursors of the Link header.")
	ResponseEntity<List<TeamPublic>> list(@Valid @ParameterObject TeamFilter filter,
			@Valid @ParameterObject PageParams page, TotalCount counting, HttpServletRequest request) {
		return PageResponses.ok(this.teams.list(filter, page, counting), request);
	}

	@GetMapping("/stats")
	@Operation(operationId = "teamStats", summary = "Hero counts and ages per team",
			description = "One row per team, teams without heroes included, ordered by hero_count descending, then name. "
					+ "Paged by offset: the order is computed, so there are no cursors.")
	ResponseEntity<List<TeamStats>> stats(@Valid @ParameterObject OffsetParams page, TotalCount counting,
			HttpServletRequest request) {
		StatsRead read = new StatsRead(page.offsetOrDefault(), page.limitOrDefault(), counting,
				request.getHeader(ConsistencyTokens.HEADER));
		return PageResponses.ok(this.stats.read(read, () -> this.teams.stats(page, counting)), request);
	}

	@GetMapping("/{id:\\d+}")
	@ETagged
	@Operation(operationId = "getTeam", summary = "Read a team, with its heroes")
	ResponseEntity<TeamPublicWithHeroes> get(@PathVariable long id, HttpServletRequest request) {
		TeamPublicWithHeroes team = this.teams.getWithHeroes(id);
		String heroes = team.heroes()
			.stream()
			.map((hero) -> hero.id() + ":" + hero.version())
			.collect(Collectors.joining(","));
		return this.conditions.read(request, ETags.of(team.version(), heroes), team.version(), team);
	}

	@GetMapping("/{id:\\d+}/heroes")
	@Operation(operationId = "listTeamHeroes", summary = "List a team's heroes",
			description = "The heroes whose team_id is this team, with the hero filters, sorting and paging.")
	ResponseEntity<List<HeroPublic>> heroes(@PathVariable long id, @Valid @ParameterObject HeroFilter filter,
			@Valid @ParameterObject PageParams page, TotalCount counting, HttpServletRequest request) {
		return PageResponses.ok(this.teams.heroes(id, filter, page, counting), request);
	}

	@PatchMapping(path = "/{id:\\d+}", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaTypes.MERGE_PATCH_JSON })
	@ETagged
	@Operation(operationId = "updateTeam", summary = "Change a team", description = "Changes only the properties sent.")
	ResponseEntity<TeamPublic> update(@PathVariable long id, @Valid @RequestBody TeamUpdate body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		TeamPublic team = this.teams.update(id, body, this.conditions.forWrite(ifMatch, ifNoneMatch));
		return ResponseEntity.ok().eTag(ETags.of(team.version())).body(team);
	}

	@DeleteMapping("/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteTeam", summary = "Delete a team",
			description = "The team's heroes stay, with team_id null; its memberships go.")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		this.teams.delete(id, this.conditions.forWrite(ifMatch, ifNoneMatch));
		return ResponseEntity.noContent().build();
	}

	private record StatsRead(int offset, int limit, TotalCount counting, String consistencyToken) {
	}

}
