package com.example.heroes.hero;

import java.sql.Connection;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import com.example.heroes.config.Transactions;
import com.example.heroes.database.SingleStatementWrites;
import com.example.heroes.paging.Page;
import com.example.heroes.paging.PageParams;
import com.example.heroes.paging.Pager;
import com.example.heroes.paging.SortField;
import com.example.heroes.paging.Sorting;
import com.example.heroes.paging.TotalCount;
import com.example.heroes.problem.ConflictException;
import com.example.heroes.problem.FieldError;
import com.example.heroes.problem.NotFoundException;
import com.example.heroes.web.Preconditions;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Heroes: creating, reading, listing, changing and deleting them. Other features reach
 * heroes only through this service and its public records.
 * <p>
 * Reads run in a read-only scope without a database transaction: under PostgreSQL's READ
 * COMMITTED every statement sees a snapshot of its own, in a transaction or not, so BEGIN
 * and COMMIT would only add round trips. The scope still holds one connection for the
 * read's statements and marks them read-only. Writes start a transaction.
 */
@Service
@Transactional(transactionManager = Transactions.MANAGER, readOnly = true, propagation = Propagation.SUPPORTS)
public class HeroService {

	/**
	 * The orders hero lists allow. A missing age sorts as the largest, as PostgreSQL
	 * sorts nulls, through {@code coalesce} so that the key is never null; names sort
	 * ignoring case. Each order has an index (V2 migration).
	 */
	static final Sorting<Hero> SORTING = new Sorting<>("heroes", SortField.attribute("id", "id", Long.class),
			new SortField<>("name", (root, cb) -> cb.lower(root.get("name")), String.class),
			new SortField<>("age", (root, cb) -> cb.coalesce(root.<Integer>get("age"), cb.literal(Integer.MAX_VALUE)),
					Integer.class),
			SortField.attribute("created_at", "createdAt", Instant.class),
			SortField.attribute("updated_at", "updatedAt", Instant.class));

	private static final String INSERT = """
			INSERT INTO hero (id, name, secret_name, age, team_id, created_at, updated_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, 0)""";

	/** Many heroes in one statement, their columns as arrays of one length. */
	private static final String INSERT_ALL = """
			INSERT INTO hero (id, name, secret_name, age, team_id, created_at, updated_at, version)
			SELECT id, name, secret_name, age, team_id, ?::timestamptz, ?::timestamptz, 0
			FROM unnest(?::bigint[], ?::text[], ?::text[], ?::int4[], ?::bigint[])
			  AS item (id, name, secret_name, age, team_id)""";

	private final HeroRepository heroes;

	private final Pager pager;

	private final TeamReferences teams;

	private final Clock clock;

	private final HeroIds ids;

	private final SingleStatementWrites writes;

	HeroService(HeroRepository heroes, Pager pager, TeamReferences teams, Clock clock, HeroIds ids,
			SingleStatementWrites writes) {
		this.heroes = heroes;
		this.pager = pager;
		this.teams = teams;
		this.clock = clock;
		this.ids = ids;
		this.writes = writes;
	}

	/**
	 * One INSERT through JDBC, in a transaction of its own
	 * ({@link SingleStatementWrites}) or in that of an {@code Idempotency-Key}. The id
	 * comes from the entity's own optimizer ({@link HeroIds}), the times from the
	 * service's clock, as Hibernate would set them: its persist and flush, and the JPA
	 * transaction around them, cost the service more CPU than the rest of the request. A
	 * team that does not exist is refused by the foreign key: 409.
	 * <p>
	 * Not read-only, unlike the class's other methods, so that the statement goes to the
	 * primary; the scope holds the one connection that draws the id and writes. The id is
	 * drawn once that connection is held: a create that waited for a connection while it
	 * held the optimizer's turn would hold up the bulk creates, which have theirs.
	 */
	@Transactional(transactionManager = Transactions.MANAGER, propagation = Propagation.SUPPORTS)
	public HeroPublic create(HeroCreate create) {
		Instant now = this.clock.instant();
		OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
		long id = this.writes.write(INSERT, (statement) -> {
			long drawn = this.ids.next();
			statement.setLong(1, drawn);
			statement.setString(2, create.name());
			statement.setString(3, create.secretName());
			statement.setObject(4, create.age(), Types.INTEGER);
			statement.setObject(5, create.teamId(), Types.BIGINT);
			statement.setObject(6, stamp);
			statement.setObject(7, stamp);
			return drawn;
		});
		return new HeroPublic(id, create.name(), create.age(), create.teamId(), now, now, 0L);
	}

	/**
	 * Creates all the heroes or none, in one transaction and one INSERT of their columns
	 * as arrays, with ids drawn as for a single create, in one turn and one statement.
	 * The teams they name are checked first, and locked so that they stay: a missing one
	 * is a conflict naming the first item that refers to it.
	 */
	@Transactional(Transactions.MANAGER)
	public List<HeroPublic> createAll(List<HeroCreate> creates) {
		Set<Long> teamIds = creates.stream()
			.map(HeroCreate::teamId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Set<Long> existing = teamIds.isEmpty() ? Set.of() : this.teams.lockExisting(teamIds);
		for (int i = 0; i < creates.size(); i++) {
			Long teamId = creates.get(i).teamId();
			if (teamId != null && !existing.contains(teamId)) {
				String field = "[" + i + "].team_id";
				throw new ConflictException(field + " does not name an existing team",
						List.of(new FieldError(field, "does not name an existing team")));
			}
		}
		Instant now = this.clock.instant();
		OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
		long[] ids = this.writes.write(INSERT_ALL, (statement) -> {
			int size = creates.size();
			long[] drawn = this.ids.next(size);
			String[] names = new String[size];
			String[] secretNames = new String[size];
			Integer[] ages = new Integer[size];
			Long[] teams = new Long[size];
			for (int i = 0; i < size; i++) {
				HeroCreate create = creates.get(i);
				names[i] = create.name();
				secretNames[i] = create.secretName();
				ages[i] = create.age();
				teams[i] = create.teamId();
			}
			Connection connection = statement.getConnection();
			statement.setObject(1, stamp);
			statement.setObject(2, stamp);
			statement.setArray(3, connection.createArrayOf("int8", LongStream.of(drawn).boxed().toArray(Long[]::new)));
			statement.setArray(4, connection.createArrayOf("text", names));
			statement.setArray(5, connection.createArrayOf("text", secretNames));
			statement.setArray(6, connection.createArrayOf("int4", ages));
			statement.setArray(7, connection.createArrayOf("int8", teams));
			return drawn;
		});
		List<HeroPublic> created = new ArrayList<>(creates.size());
		for (int i = 0; i < creates.size(); i++) {
			HeroCreate create = creates.get(i);
			created.add(new HeroPublic(ids[i], create.name(), create.age(), create.teamId(), now, now, 0L));
		}
		return created;
	}

	public HeroPublic get(long id) {
		return this.heroes.findById(id).map(HeroMapper::toPublic).orElseThrow(() -> notFound(id));
	}

	public boolean exists(long id) {
		return this.heroes.existsById(id);
	}

	/** The heroes with these ids, in no particular order; missing ids are skipped. */
	public List<HeroPublic> findAll(Collection<Long> ids) {
		return this.heroes.findAllById(ids).stream().map(HeroMapper::toPublic).toList();
	}

	/**
	 * Reads a hero that another feature is about to refer to, keeping it from being
	 * changed or deleted until the caller's transaction ends.
	 */
	public HeroPublic lockForReference(long id) {
		return this.heroes.findForShare(id).map(HeroMapper::toPublic).orElseThrow(() -> notFound(id));
	}

	public Page<HeroPublic> list(HeroFilter filter, PageParams page, TotalCount counting) {
		return list(HeroSpecifications.matching(filter, this.teams), SORTING, page, counting);
	}

	/** The heroes whose {@code team_id} is the given team, filtered, sorted and paged. */
	public Page<HeroPublic> listOfTeam(long teamId, HeroFilter filter, PageParams page, TotalCount counting) {
		return list(HeroSpecifications.matching(filter, this.teams).and(HeroSpecifications.inTeam(teamId)),
				SORTING.within("team=" + teamId), page, counting);
	}

	private Page<HeroPublic> list(Specification<Hero> filter, Sorting<Hero> sorting, PageParams page,
			TotalCount counting) {
		return this.pager.find(Hero.class, HeroMapper.PUBLIC, filter, sorting, page, counting);
	}

	/**
	 * Changes the properties present in the update. The row is locked first, so the
	 * {@code If-Match} check and the write see the same version.
	 */
	@Transactional(Transactions.MANAGER)
	public HeroPublic update(long id, HeroUpdate update, Preconditions preconditions) {
		Hero hero = lockForWrite(id, preconditions);
		update.name().ifPresent(hero::setName);
		update.secretName().ifPresent((secretName) -> hero.replaceSecretName(secretName, this.clock.instant()));
		update.age().ifPresent(hero::setAge);
		update.teamId().ifPresent(hero::setTeamId);
		this.heroes.flush();
		return HeroMapper.toPublic(hero);
	}

	@Transactional(Transactions.MANAGER)
	public void delete(long id, Preconditions preconditions) {
		this.heroes.delete(lockForWrite(id, preconditions));
		this.heroes.flush();
	}

	/** Called by the team feature before a team goes: its heroes stay, without a team. */
	@Transactional(Transactions.MANAGER)
	public int leaveTeam(long teamId) {
		return this.heroes.leaveTeam(teamId, this.clock.instant());
	}

	private Hero lockForWrite(long id, Preconditions preconditions) {
		Hero hero = this.heroes.findForUpdate(id).orElseThrow(() -> notFound(id));
		preconditions.require("Hero", id, hero.getVersion());
		return hero;
	}

	private static NotFoundException notFound(long id) {
		return NotFoundException.of("Hero", id);
	}

}
