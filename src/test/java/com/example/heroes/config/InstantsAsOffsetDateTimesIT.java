package com.example.heroes.config;

import com.example.heroes.support.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsOffsetDateTimeJdbcType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's instants are read and written as {@code OffsetDateTime}, not through a
 * {@code Calendar} per value (see {@link InstantsAsOffsetDateTimes}); the round trips of
 * timestamps to the microsecond are checked by the API tests.
 */
@IntegrationTest
class InstantsAsOffsetDateTimesIT {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void instantColumnsUseTheDriversOffsetDateTime() {
		SessionFactoryImplementor hibernate = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		assertThat(hibernate.getTypeConfiguration().getJdbcTypeRegistry().getDescriptor(SqlTypes.TIMESTAMP_UTC))
			.isInstanceOf(TimestampUtcAsOffsetDateTimeJdbcType.class);
	}

}
