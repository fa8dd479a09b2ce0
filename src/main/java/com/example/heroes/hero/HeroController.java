package com.example.heroes.hero;

import java.util.List;

import com.example.heroes.idempotency.IdempotentCreates;
import com.example.heroes.paging.PageParams;
import com.example.heroes.paging.PageResponses;
import com.example.heroes.paging.TotalCount;
import com.example.heroes.web.ConditionalRequests;
import com.example.heroes.web.CreatedResponses;
import com.example.heroes.web.ETagged;
import com.example.heroes.web.ETags;
import com.example.heroes.web.MediaTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/**
 * Heroes over HTTP. Reading one hero is answered with its team, which the team feature
 * knows, so {@code GET /heroes/{id}} is served by {@code team.HeroWithTeamController}.
 */
@RestController
@RequestMapping(path = "/heroes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "heroes")
class HeroController {

	private final HeroService heroes;

	private final ConditionalRequests conditions;

	private final IdempotentCreates idempotency;

	HeroController(HeroService heroes, ConditionalRequests conditions, IdempotentCreates idempotency) {
		this.heroes = heroes;
		this.conditions = conditions;
		this.idempotency = idempotency;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@ETagged
	@Operation(operationId = "createHero", summary = "Create a hero",
			description = "With an Idempotency-Key, a retry within 24 hours returns the first answer instead of creating again.")
	ResponseEntity<HeroPublic> create(@Valid @RequestBody HeroCreate body,
			@RequestHeader(name = IdempotentCreates.HEADER, required = false) String idempotencyKey) {
		IdempotentCreates.Answer<HeroPublic> answer = this.idempotency.create(idempotencyKey, "POST /heroes",
				body.comparedOnRepeat(), new TypeReference<>() {
				}, () -> this.heroes.create(body));
		HeroPublic hero = answer.body();
		return CreatedResponses.created(hero.id(), hero.version(), hero, answer.headers());
	}

	@PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createHeroes", summary = "Create 1 to 1000 heroes at once",
			description = "All or nothing, in one transaction: any invalid item is a 422 naming `[i].field`, "
					+ "any conflict a 409 naming the item, and then nothing is stored. The answer lists the heroes in input order.")
	ResponseEntity<List<HeroPublic>> createAll(
			@RequestBody @Size(min = 1, max = 1000,
					message = "must hold 1 to 1000 heroes") List<@NotNull(
							message = "must be a hero object") @Valid HeroCreate> body,
			@RequestHeader(name = IdempotentCreates.HEADER, required = false) String idempotencyKey) {
		IdempotentCreates.Answer<List<HeroPublic>> answer = this.idempotency.create(idempotencyKey, "POST /heroes/bulk",
				body.stream().map(HeroCreate::comparedOnRepeat).toList(), new TypeReference<>() {
				}, () -> this.heroes.createAll(body));
		return ResponseEntity.status(HttpStatus.CREATED).headers(answer.headers()).body(answer.body());
	}

	@GetMapping
	@Operation(operationId = "listHeroes", summary = "List heroes",
			description = "Filters combine with AND. Paged by offset or by the cursors of the Link header.")
	ResponseEntity<List<HeroPublic>> list(@Valid @ParameterObject HeroFilter filter,
			@Valid @ParameterObject PageParams page, TotalCount counting, HttpServletRequest request) {
		return PageResponses.ok(this.heroes.list(filter, page, counting), request);
	}

	@PatchMapping(path = "/{id:\\d+}", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaTypes.MERGE_PATCH_JSON })
	@ETagged
	@Operation(operationId = "updateHero", summary = "Change a hero",
			description = "Changes only the properties sent; null clears age and team_id.")
	ResponseEntity<HeroPublic> update(@PathVariable long id, @Valid @RequestBody HeroUpdate body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		HeroPublic hero = this.heroes.update(id, body, this.conditions.forWrite(ifMatch, ifNoneMatch));
		return ResponseEntity.ok().eTag(ETags.of(hero.version())).body(hero);
	}

	@DeleteMapping("/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteHero", summary = "Delete a hero")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		this.heroes.delete(id, this.conditions.forWrite(ifMatch, ifNoneMatch));
		return ResponseEntity.noContent().build();
	}

}
