package com.example.heroes.paging;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.cfg.JdbcSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Asks PostgreSQL's planner how many rows a query would return, without running it.
 * <p>
 * Hibernate has no API to {@code EXPLAIN} a criteria query, and the query's SQL and
 * parameters exist only inside Hibernate. So the query is run as usual, and this
 * statement inspector prefixes its SQL with {@code EXPLAIN (FORMAT JSON)} on the one
 * thread, for the one statement, that {@link #estimate} runs: Hibernate binds the
 * parameters as ever, and the single text column it reads back is the plan, whose top
 * node carries the estimate. Every other statement passes through untouched.
 */
@Component
class PlannerEstimates implements StatementInspector, HibernatePropertiesCustomizer {

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

	private final ThreadLocal<Boolean> explaining = new ThreadLocal<>();

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(JdbcSettings.STATEMENT_INSPECTOR, this);
	}

	@Override
	public String inspect(String sql) {
		if (this.explaining.get() == null) {
			return sql;
		}
		this.explaining.remove();
		return "EXPLAIN (FORMAT JSON) " + sql;
	}

	/**
	 * The planner's estimate of the rows of a query.
	 * @param query runs the query whose rows are estimated, selecting a single text
	 * column and returning it: that column holds the plan
	 */
	long estimate(Supplier<String> query) {
		this.explaining.set(Boolean.TRUE);
		try {
			Matcher rows = PLAN_ROWS.matcher(query.get());
			if (!rows.find()) {
				throw new IllegalStateException("The plan carries no row estimate");
			}
			return Long.parseLong(rows.group(1));
		}
		finally {
			this.explaining.remove();
		}
	}

}
