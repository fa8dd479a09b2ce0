package com.example.heroes.membership;

import java.net.URI;
import java.util.List;

import com.example.heroes.paging.PageParams;
import com.example.heroes.paging.PageResponses;
import com.example.heroes.paging.TotalCount;
import com.example.heroes.web.ConditionalRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "memberships")
class MembershipController {

	private final MembershipService memberships;

	private final ConditionalRequests conditions;

	MembershipController(MembershipService memberships, ConditionalRequests conditions) {
		this.memberships = memberships;
		this.conditions = conditions;
	}

	@PutMapping(path = "/teams/{teamId:\\d+}/members/{heroId:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The membership is new",
			content = @Content(schema = @Schema(implementation = TeamMember.class)))
	@ApiResponse(responseCode = "200", description = "The membership existed; its role is now the one given",
			content = @Content(schema = @Schema(implementation = TeamMember.class)))
	@Operation(operationId = "putMember", summary = "Make a hero a member of a team, or change its role",
			description = "201 when the membership is new, 200 when it existed. The body may be left out; "
					+ "the role is `member` unless given. If-Match is checked against the team's ETag.")
	ResponseEntity<TeamMember> put(@PathVariable long teamId, @PathVariable long heroId,
			@Valid @RequestBody(required = false) MembershipPut body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		MembershipService.Joined joined = this.memberships.join(teamId, heroId,
				(body != null) ? body : new MembershipPut(null), this.conditions.forWrite(ifMatch, ifNoneMatch));
		if (!joined.created()) {
			return ResponseEntity.ok(joined.member());
		}
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri();
		return ResponseEntity.created(location).body(joined.member());
	}

	@GetMapping(path = "/teams/{teamId:\\d+}/members/{heroId:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getMember", summary = "Read one membership")
	TeamMember get(@PathVariable long teamId, @PathVariable long heroId) {
		return this.memberships.get(teamId, heroId);
	}

	@DeleteMapping("/teams/{teamId:\\d+}/members/{heroId:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteMember", summary = "Take a hero out of a team",
			description = "If-Match is checked against the team's ETag, as for PUT.")
	void delete(@PathVariable long teamId, @PathVariable long heroId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		this.memberships.leave(teamId, heroId, this.conditions.forWrite(ifMatch, ifNoneMatch));
	}

	@GetMapping(path = "/teams/{teamId:\\d+}/members", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listMembers", summary = "List a team's members",
			description = "Sort by `hero_id` (default) or `joined_at`; paged like every list.")
	ResponseEntity<List<TeamMember>> members(@PathVariable long teamId, @Valid @ParameterObject PageParams page,
			TotalCount counting, HttpServletRequest request) {
		return PageResponses.ok(this.memberships.members(teamId, page, counting), request);
	}

	@GetMapping(path = "/heroes/{heroId:\\d+}/teams", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listHeroTeams", summary = "List the teams a hero is a member of",
			description = "Sort by `team_id` (default) or `joined_at`; paged like every list.")
	ResponseEntity<List<HeroTeam>> teams(@PathVariable long heroId, @Valid @ParameterObject PageParams page,
			TotalCount counting, HttpServletRequest request) {
		return PageResponses.ok(this.memberships.teamsOf(heroId, page, counting), request);
	}

}
