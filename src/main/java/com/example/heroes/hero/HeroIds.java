package com.example.heroes.hero;

import java.util.ArrayDeque;
import java.util.Deque;

import com.example.heroes.database.BoundedPooledOptimizer;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ids for heroes created through JDBC, drawn from the optimizer Hibernate uses for the
 * {@link Hero} entity (a block of 50 ids per {@code nextval} of {@code hero_id_seq}, its
 * turn bounded by the request's deadline): heroes created one at a time and in bulk share
 * its blocks, so ids still follow the order of creation, and instances of any version
 * draw disjoint blocks from the one sequence.
 */
@Component
class HeroIds {

	private static final String BLOCK = "SELECT nextval('hero_id_seq')";

	private static final String BLOCKS = "SELECT nextval('hero_id_seq') FROM generate_series(1, ?)";

	private final BoundedPooledOptimizer optimizer;

	private final JdbcTemplate jdbc;

	private final AccessCallback sequence;

	HeroIds(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
		SequenceStyleGenerator generator = (SequenceStyleGenerator) entityManagerFactory
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(Hero.class)
			.getGenerator();
		this.optimizer = (BoundedPooledOptimizer) generator.getOptimizer();
		this.jdbc = jdbc;
		this.sequence = new Sequence() {

			@Override
			public IntegralDataTypeHolder getNextValue() {
				return holder(jdbc.queryForObject(BLOCK, Long.class));
			}

		};
	}

	long next() {
		return ((Number) this.optimizer.generate(this.sequence)).longValue();
	}

	/**
	 * As many ids as asked for, following each other, with one {@code nextval} statement
	 * for all the blocks they need beyond the optimizer's current one.
	 */
	long[] next(int count) {
		Blocks blocks = new Blocks();
		return this.optimizer.inTurn(() -> {
			long[] ids = new long[count];
			for (int i = 0; i < count; i++) {
				blocks.idsStillNeeded = count - i;
				ids[i] = ((Number) this.optimizer.generate(blocks)).longValue();
			}
			return ids;
		});
	}

	private static IntegralDataTypeHolder holder(Long value) {
		return IdentifierGeneratorHelper.getIntegralDataTypeHolder(Long.class).initialize(value);
	}

	private abstract static class Sequence implements AccessCallback {

		@Override
		public String getTenantIdentifier() {
			return null;
		}

	}

	/**
	 * Values of the sequence for one draw of many ids: when the optimizer asks for the
	 * first, it gets as many as the ids still needed fill, in one statement (values left
	 * over are gaps in the ids, as a rolled-back create leaves).
	 */
	private final class Blocks extends Sequence {

		private final Deque<Long> values = new ArrayDeque<>();

		private int idsStillNeeded;

		@Override
		public IntegralDataTypeHolder getNextValue() {
			if (this.values.isEmpty()) {
				int size = HeroIds.this.optimizer.getIncrementSize();
				int blocks = (this.idsStillNeeded + size - 1) / size;
				if (HeroIds.this.optimizer.getLastSourceValue() == null) {
					// The optimizer's first value may give one id only (the sequence's
					// initial value): one block more, so that one statement still does.
					blocks++;
				}
				this.values.addAll(HeroIds.this.jdbc.queryForList(BLOCKS, Long.class, blocks));
			}
			return holder(this.values.removeFirst());
		}

	}

}
