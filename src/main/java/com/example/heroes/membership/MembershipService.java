package com.example.heroes.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.example.heroes.config.Transactions;
import com.example.heroes.hero.HeroPublic;
import com.example.heroes.hero.HeroService;
import com.example.heroes.paging.Page;
import com.example.heroes.paging.PageParams;
import com.example.heroes.paging.Pager;
import com.example.heroes.paging.SortField;
import com.example.heroes.paging.Sorting;
import com.example.heroes.paging.TotalCount;
import com.example.heroes.problem.NotFoundException;
import com.example.heroes.team.TeamPublic;
import com.example.heroes.team.TeamService;
import com.example.heroes.web.Preconditions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memberships: heroes joining and leaving teams, with a role (API.md §7).
 */
@Service
@Transactional(transactionManager = Transactions.MANAGER, readOnly = true, propagation = Propagation.SUPPORTS)
class MembershipService {

	/** A team's members: by hero id, or by when they joined. */
	static final Sorting<Membership> MEMBERS = new Sorting<>("members",
			SortField.attribute("hero_id", "heroId", Long.class),
			SortField.attribute("joined_at", "joinedAt", Instant.class));

	/** A hero's teams: by team id, or by when the hero joined. */
	static final Sorting<Membership> TEAMS_OF_HERO = new Sorting<>("hero-teams",
			SortField.attribute("team_id", "teamId", Long.class),
			SortField.attribute("joined_at", "joinedAt", Instant.class));

	private final MembershipRepository memberships;

	private final TeamService teams;

	private final HeroService heroes;

	private final Pager pager;

	private final Clock clock;

	MembershipService(MembershipRepository memberships, TeamService teams, HeroService heroes, Pager pager,
			Clock clock) {
		this.memberships = memberships;
		this.teams = teams;
		this.heroes = heroes;
		this.pager = pager;
		this.clock = clock;
	}

	/**
	 * Makes a hero a member of a team with the given role, or changes its role. The team
	 * row is locked for the whole transaction: that makes the {@code If-Match} check and
	 * the write one step, and lets one membership write per team run at a time, so
	 * reading the existing membership and then writing it cannot race. The hero row is
	 * share-locked, so it cannot be deleted in between and turn a 404 into a 409. A real
	 * change of the team's memberships is a change of the team: its version moves, so a
	 * second writer with the same {@code If-Match} gets a 412. A team or hero that does
	 * not exist is a 404 before {@code If-Match} is looked at; {@code If-None-Match: *}
	 * makes the PUT create-only.
	 */
	@Transactional(Transactions.MANAGER)
	Joined join(long teamId, long heroId, MembershipPut put, Preconditions preconditions) {
		TeamPublic team = this.teams.lockForMemberships(teamId);
		HeroPublic hero = this.heroes.lockForReference(heroId);
		Membership membership = this.memberships.findById(new Membership.Key(teamId, heroId)).orElse(null);
		boolean created = (membership == null);
		preconditions.require("Team", teamId, team.version(), !created);
		String role = put.roleOrDefault();
		if (created) {
			membership = new Membership(teamId, heroId, role, this.clock.instant());
			this.memberships.save(membership);
		}
		if (created || !role.equals(membership.getRole())) {
			membership.setRole(role);
			this.teams.membershipsChanged(teamId);
		}
		this.memberships.flush();
		return new Joined(new TeamMember(hero, membership.getRole(), membership.getJoinedAt()), created);
	}

	TeamMember get(long teamId, long heroId) {
		Membership membership = this.memberships.findById(new Membership.Key(teamId, heroId))
			.orElseThrow(() -> notFound(teamId, heroId));
		return new TeamMember(this.heroes.get(heroId), membership.getRole(), membership.getJoinedAt());
	}

	/**
	 * Takes a hero out of a team; like {@link #join}, under the team's lock and If-Match,
	 * and a change of the team. If-Match is checked once the membership is known to
	 * exist; a 412 rolls the delete back.
	 */
	@Transactional(Transactions.MANAGER)
	void leave(long teamId, long heroId, Preconditions preconditions) {
		TeamPublic team = this.teams.lockForMemberships(teamId);
		if (this.memberships.deleteMembership(teamId, heroId) == 0) {
			throw notFound(teamId, heroId);
		}
		preconditions.require("Team", teamId, team.version());
		this.teams.membershipsChanged(teamId);
	}

	Page<TeamMember> members(long teamId, PageParams params, TotalCount counting) {
		if (!this.teams.exists(teamId)) {
			throw NotFoundException.of("Team", teamId);
		}
		Page<Membership> page = this.pager.find(Membership.class,
				(root, query, cb) -> cb.equal(root.get("teamId"), teamId), MEMBERS.within("team=" + teamId), params,
				counting);
		Map<Long, HeroPublic> heroes = this.heroes.findAll(page.items().stream().map(Membership::getHeroId).toList())
			.stream()
			.collect(Collectors.toMap(HeroPublic::id, Function.identity()));
		return page.map((membership) -> new TeamMember(heroes.get(membership.getHeroId()), membership.getRole(),
				membership.getJoinedAt()));
	}

	Page<HeroTeam> teamsOf(long heroId, PageParams params, TotalCount counting) {
		if (!this.heroes.exists(heroId)) {
			throw NotFoundException.of("Hero", heroId);
		}
		Page<Membership> page = this.pager.find(Membership.class,
				(root, query, cb) -> cb.equal(root.get("heroId"), heroId), TEAMS_OF_HERO.within("hero=" + heroId),
				params, counting);
		Map<Long, TeamPublic> teams = this.teams.findAll(page.items().stream().map(Membership::getTeamId).toList())
			.stream()
			.collect(Collectors.toMap(TeamPublic::id, Function.identity()));
		return page.map((membership) -> new HeroTeam(teams.get(membership.getTeamId()), membership.getRole(),
				membership.getJoinedAt()));
	}

	private static NotFoundException notFound(long teamId, long heroId) {
		return new NotFoundException("Hero " + heroId + " is not a member of team " + teamId);
	}

	/**
	 * The outcome of a PUT.
	 *
	 * @param member the membership as it now is
	 * @param created whether it is new
	 */
	record Joined(TeamMember member, boolean created) {
	}

}
