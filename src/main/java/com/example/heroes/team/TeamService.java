package com.example.heroes.team;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.example.heroes.config.Transactions;
import com.example.heroes.hero.HeroFilter;
import com.example.heroes.hero.HeroPublic;
import com.example.heroes.hero.HeroService;
import com.example.heroes.paging.OffsetParams;
import com.example.heroes.paging.Page;
import com.example.heroes.paging.PageParams;
import com.example.heroes.paging.Pager;
import com.example.heroes.paging.SortField;
import com.example.heroes.paging.Sorting;
import com.example.heroes.paging.TotalCount;
import com.example.heroes.problem.NotFoundException;
import com.example.heroes.web.Preconditions;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams: creating, reading, listing, changing and deleting them, and the views of a
 * team's heroes.
 */
@Service
@Transactional(transactionManager = Transactions.MANAGER, readOnly = true, propagation = Propagation.SUPPORTS)
public class TeamService {

	/** The orders team lists allow; names sort ignoring case. */
	static final Sorting<Team> SORTING = new Sorting<>("teams", SortField.attribute("id", "id", Long.class),
			new SortField<>("name", (root, cb) -> cb.lower(root.get("name")), String.class),
			SortField.attribute("created_at", "createdAt", Instant.class),
			SortField.attribute("updated_at", "updatedAt", Instant.class));

	private static final Specification<Team> ALL = (root, query, cb) -> null;

	private final TeamRepository teams;

	private final HeroService heroes;

	private final Pager pager;

	private final Clock clock;

	private final JdbcReads reads;

	TeamService(TeamRepository teams, HeroService heroes, Pager pager, Clock clock, JdbcReads reads) {
		this.teams = teams;
		this.heroes = heroes;
		this.pager = pager;
		this.clock = clock;
		this.reads = reads;
	}

	/** A name taken (ignoring case) is refused by the database's unique index: 409. */
	@Transactional(Transactions.MANAGER)
	public TeamPublic create(TeamCreate create) {
		return TeamMapper.toPublic(this.teams.saveAndFlush(new Team(create.name(), create.headquarters())));
	}

	/** Whether a team with this id exists. */
	public boolean exists(long id) {
		return this.teams.existsById(id);
	}

	/** The teams with these ids, in no particular order; missing ids are skipped. */
	public List<TeamPublic> findAll(Collection<Long> ids) {
		return this.teams.findAllById(ids).stream().map(TeamMapper::toPublic).toList();
	}

	/**
	 * A hero with its team, for reading one hero (API.md §4). Read through JDBC, it sees
	 * what is committed or flushed: a caller in a write transaction flushes first.
	 */
	public HeroPublicWithTeam heroWithTeam(long heroId) {
		return this.reads.heroWithTeam(heroId)
			.map(HeroWithTeamRow::toPublic)
			.orElseThrow(() -> NotFoundException.of("Hero", heroId));
	}

	/**
	 * A team with all its heroes, for reading one team (API.md §3); read through JDBC, as
	 * {@link #heroWithTeam} is.
	 */
	public TeamPublicWithHeroes getWithHeroes(long id) {
		return this.reads.teamWithHeroes(id).orElseThrow(() -> notFound(id));
	}

	public Page<TeamPublic> list(TeamFilter filter, PageParams page, TotalCount counting) {
		return this.pager.find(Team.class, TeamMapper.PUBLIC, TeamSpecifications.matching(filter), SORTING, page,
				counting);
	}

	public Page<HeroPublic> heroes(long id, HeroFilter filter, PageParams page, TotalCount counting) {
		if (!this.teams.existsById(id)) {
			throw notFound(id);
		}
		return this.heroes.listOfTeam(id, filter, page, counting);
	}

	/** Hero counts and ages per team, teams without heroes included: a row per team. */
	public Page<TeamStats> stats(OffsetParams page, TotalCount counting) {
		List<TeamStats> rows = this.teams.stats(page.offsetOrDefault(), page.limitOrDefault() + 1);
		return page.page(rows, counting, (preference) -> this.pager.total(Team.class, ALL, preference));
	}

	@Transactional(Transactions.MANAGER)
	public TeamPublic update(long id, TeamUpdate update, Preconditions preconditions) {
		Team team = lockForWrite(id, preconditions);
		update.name().ifPresent(team::setName);
		update.headquarters().ifPresent(team::setHeadquarters);
		this.teams.flush();
		return TeamMapper.toPublic(team);
	}

	/**
	 * Deletes a team. Its heroes stay, without a team, each as a change of its own (the
	 * version moves); its memberships go with it (the foreign keys cascade).
	 */
	@Transactional(Transactions.MANAGER)
	public void delete(long id, Preconditions preconditions) {
		lockForWrite(id, preconditions);
		this.heroes.leaveTeam(id);
		this.teams.deleteAllByIdInBatch(List.of(id));
	}

	/**
	 * Locks a team whose memberships are about to change, for the rest of the caller's
	 * transaction; the caller checks {@code If-Match} against the version it answers once
	 * it knows the request names a membership that can be written.
	 */
	@Transactional(transactionManager = Transactions.MANAGER, propagation = Propagation.MANDATORY)
	public TeamPublic lockForMemberships(long id) {
		return TeamMapper.toPublic(lockForWrite(id));
	}

	/**
	 * Records that a team's memberships changed: a change of the team, so its version and
	 * {@code updated_at} move. Call it after {@link #lockForMemberships}, in the same
	 * transaction.
	 */
	@Transactional(transactionManager = Transactions.MANAGER, propagation = Propagation.MANDATORY)
	public void membershipsChanged(long id) {
		this.teams.findById(id).orElseThrow(() -> notFound(id)).membershipsChanged(this.clock.instant());
	}

	/**
	 * Loads a team to change it, locking its row for the rest of the transaction, and
	 * checks {@code If-Match} against the locked version.
	 */
	private Team lockForWrite(long id, Preconditions preconditions) {
		Team team = lockForWrite(id);
		preconditions.require("Team", id, team.getVersion());
		return team;
	}

	private Team lockForWrite(long id) {
		return this.teams.findForUpdate(id).orElseThrow(() -> notFound(id));
	}

	private static NotFoundException notFound(long id) {
		return NotFoundException.of("Team", id);
	}

}
