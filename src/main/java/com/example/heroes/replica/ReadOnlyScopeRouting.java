package com.example.heroes.replica;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's data source with a replica. A read-only transaction gets its
 * connection from the {@link LazyConnectionDataSourceProxy}, which routes it by the
 * connection's read-only flag; a read-only scope that runs without a database transaction
 * ({@code @Transactional(readOnly = true, propagation = SUPPORTS)}, whose statements run
 * in autocommit) sets no such flag, so it is routed here, by the scope's flag. Everything
 * else goes to the primary.
 */
class ReadOnlyScopeRouting extends DelegatingDataSource {

	private final DataSource readOnly;

	ReadOnlyScopeRouting(LazyConnectionDataSourceProxy routing, DataSource readOnly) {
		super(routing);
		this.readOnly = readOnly;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& !TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.readOnly.getConnection();
		}
		return super.getConnection();
	}

}
