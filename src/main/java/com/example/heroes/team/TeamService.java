package com.example.heroes.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.example.heroes.hero.HeroFilter;
import com.example.heroes.hero.HeroPublic;
import com.example.heroes.hero.HeroService;
import com.example.heroes.query.OffsetParams;
import com.example.heroes.query.Page;
import com.example.heroes.query.PageParams;
import com.example.heroes.query.Pager;
import com.example.heroes.query.SortField;
import com.example.heroes.query.Sorting;
import com.example.heroes.query.TotalCount;
import com.example.heroes.web.IfMatch;
import com.example.heroes.web.NotFoundException;
import com.example.heroes.web.PreconditionFailedException;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams: creating, reading, listing, changing and deleting them, and the views of a
 * team's heroes.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
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

	TeamService(TeamRepository teams, HeroService heroes, Pager pager) {
		this.teams = teams;
		this.heroes = heroes;
		this.pager = pager;
	}

	/** A name taken (ignoring case) is refused by the database's unique index: 409. */
	@Transactional
	public TeamPublic create(TeamCreate create) {
		return TeamMapper.toPublic(this.teams.saveAndFlush(new Team(create.name(), create.headquarters())));
	}

	public Optional<TeamPublic> find(long id) {
		return this.teams.findById(id).map(TeamMapper::toPublic);
	}

	public TeamPublicWithHeroes getWithHeroes(long id) {
		TeamPublic team = find(id).orElseThrow(() -> notFound(id));
		return TeamPublicWithHeroes.of(team, this.heroes.allOfTeam(id));
	}

	public Page<TeamPublic> list(TeamFilter filter, PageParams page, TotalCount counting) {
		return this.pager.find(Team.class, TeamSpecifications.matching(filter), SORTING, page, counting)
			.map(TeamMapper::toPublic);
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

	@Transactional
	public TeamPublic update(long id, TeamUpdate update, IfMatch ifMatch) {
		Team team = lockForWrite(id, ifMatch);
		update.name().ifPresent(team::setName);
		update.headquarters().ifPresent(team::setHeadquarters);
		this.teams.flush();
		return TeamMapper.toPublic(team);
	}

	/**
	 * Deletes a team. Its heroes stay, without a team, each as a change of its own (the
	 * version moves); its memberships go with it (the foreign keys cascade).
	 */
	@Transactional
	public void delete(long id, IfMatch ifMatch) {
		lockForWrite(id, ifMatch);
		this.heroes.leaveTeam(id);
		this.teams.deleteAllByIdInBatch(List.of(id));
	}

	/**
	 * Loads a team to change it (or something that hangs on it), locking its row for the
	 * rest of the transaction, and checks {@code If-Match} against the locked version.
	 */
	Team lockForWrite(long id, IfMatch ifMatch) {
		Team team = this.teams.findForUpdate(id).orElseThrow(() -> notFound(id));
		if (!ifMatch.matches(team.getVersion())) {
			throw new PreconditionFailedException(
					"Team " + id + " is at version " + team.getVersion() + ", which If-Match does not name");
		}
		return team;
	}

	private static NotFoundException notFound(long id) {
		return NotFoundException.of("Team", id);
	}

}
