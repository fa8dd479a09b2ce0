package com.example.heroes.support;

import java.util.List;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties the service's tables, so that each test starts from a known state whatever ran
 * before it. Flyway's history, the cursor keys (which the running instances hold) and the
 * sequences are kept: ids only ever grow.
 */
@TestComponent
public class DatabaseCleaner {

	private final JdbcTemplate jdbc;

	DatabaseCleaner(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void clean() {
		List<String> tables = this.jdbc.queryForList(
				"SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'heroes' AND tablename NOT IN ('flyway_schema_history', 'cursor_key')",
				String.class);
		if (!tables.isEmpty()) {
			this.jdbc.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
		}
	}

	/**
	 * Cleans before each test of an {@link IntegrationTest} class, unless it
	 * {@link KeepsRows}.
	 */
	static class BeforeEach implements BeforeEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			if (context.getRequiredTestClass().isAnnotationPresent(KeepsRows.class)) {
				return;
			}
			SpringExtension.getApplicationContext(context).getBean(DatabaseCleaner.class).clean();
		}

	}

}
