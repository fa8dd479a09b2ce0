package com.example.heroes.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An integration test: the whole application on a random port, its HTTP API driven by a
 * {@code RestTestClient} over real HTTP, on the run's PostgreSQL ({@link TestDatabase}).
 * Tests share the application context; each starts from empty tables
 * ({@link DatabaseCleaner}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import({ TestDatabaseConfiguration.class, DatabaseCleaner.class, Api.class })
@ExtendWith(DatabaseCleaner.BeforeEach.class)
public @interface IntegrationTest {

}
