package com.example.heroes.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records every SQL statement the application sends, through a datasource-proxy around
 * its {@link DataSource}: a test clears it, makes one HTTP request, and reads how many
 * round trips the request cost and what they were. A JDBC batch is one round trip with
 * its batch size. Commits the driver sends are counted apart: each is a round trip too.
 */
public class SqlStatements implements QueryExecutionListener, BeanPostProcessor {

	/**
	 * One round trip to the database.
	 *
	 * @param sql the statements sent (several for a JDBC batch)
	 * @param batch whether it was a JDBC batch
	 * @param batchSize how many parameter sets the batch carried
	 * @param parameters how the first statement's parameters were bound, to replay them
	 * @param autoCommit whether it ran outside a transaction (autocommit), so that no
	 * BEGIN and COMMIT went with it
	 */
	public record Execution(List<String> sql, boolean batch, int batchSize, List<ParameterSetOperation> parameters,
			boolean autoCommit) {

		/** Binds the recorded parameters to a statement prepared from the same SQL. */
		public void bind(PreparedStatement statement) throws ReflectiveOperationException {
			for (ParameterSetOperation operation : this.parameters) {
				operation.getMethod().invoke(statement, operation.getArgs());
			}
		}

	}

	/**
	 * The threads of the application's scheduled jobs (the cursor keys' refresh, the
	 * idempotency keys' cleanup): their statements belong to no request, and are not
	 * recorded.
	 */
	private static final String SCHEDULER_THREADS = "scheduling-";

	private final List<Execution> executions = new CopyOnWriteArrayList<>();

	private final AtomicInteger commits = new AtomicInteger();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(beanName, dataSource).listener(this).beforeMethod((method) -> {
				if (method.getTarget() instanceof Connection connection && method.getMethod().getName().equals("commit")
						&& sendsCommit(connection) && !Thread.currentThread().getName().startsWith(SCHEDULER_THREADS)) {
					this.commits.incrementAndGet();
				}
			}).build();
		}
		return bean;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (Thread.currentThread().getName().startsWith(SCHEDULER_THREADS)) {
			return;
		}
		List<ParameterSetOperation> parameters = queries.isEmpty() || queries.get(0).getParametersList().isEmpty()
				? List.of() : List.copyOf(queries.get(0).getParametersList().get(0));
		this.executions.add(new Execution(queries.stream().map(QueryInfo::getQuery).toList(), execution.isBatch(),
				execution.getBatchSize(), parameters, autoCommit(execution)));
	}

	/** Whether the driver sends a COMMIT: not when it knows no transaction is open. */
	private static boolean sendsCommit(Connection connection) {
		try {
			return connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
		}
		catch (SQLException ex) {
			return true;
		}
	}

	private static boolean autoCommit(ExecutionInfo execution) {
		try {
			return execution.getStatement().getConnection().getAutoCommit();
		}
		catch (SQLException ex) {
			return false;
		}
	}

	public void clear() {
		this.executions.clear();
		this.commits.set(0);
	}

	public List<Execution> executions() {
		return List.copyOf(this.executions);
	}

	public int count() {
		return this.executions.size();
	}

	/** How many COMMITs the driver sent on its own (not as part of a statement). */
	public int commits() {
		return this.commits.get();
	}

	/** The statements, one per line, for an assertion's message. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		this.executions
			.forEach((execution) -> text.append(execution.batch() ? "[batch of " + execution.batchSize() + "] " : "")
				.append(String.join("; ", execution.sql()))
				.append('\n'));
		return text.toString();
	}

}
