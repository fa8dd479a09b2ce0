package com.example.heroes.hero;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.Optimizer;
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

	private final Optimizer optimizer;

	private final AccessCallback sequence;

	HeroIds(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
		SequenceStyleGenerator generator = (SequenceStyleGenerator) entityManagerFactory
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(Hero.class)
			.getGenerator();
		this.optimizer = generator.getOptimizer();
		this.sequence = new AccessCallback() {

			@Override
			public IntegralDataTypeHolder getNextValue() {
				Long value = jdbc.queryForObject("SELECT nextval('hero_id_seq')", Long.class);
				return IdentifierGeneratorHelper.getIntegralDataTypeHolder(Long.class).initialize(value);
			}

			@Override
			public String getTenantIdentifier() {
				return null;
			}

		};
	}

	long next() {
		return ((Number) this.optimizer.generate(this.sequence)).longValue();
	}

}
