package com.example.heroes.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where a read-only transaction's connection comes from: the replica while it is usable
 * and, when the request sent a {@code Consistency-Token}, has replayed it; the primary
 * otherwise, and whenever the replica does not give a connection.
 */
class ReplicaRoutingDataSource extends AbstractDataSource {

	private final DataSource primary;

	private final Supplier<ReplicaHealth> replica;

	ReplicaRoutingDataSource(DataSource primary, Supplier<ReplicaHealth> replica) {
		this.primary = primary;
		this.replica = replica;
	}

	@Override
	public Connection getConnection() throws SQLException {
		ReplicaHealth health = this.replica.get();
		if (health.usable() && !ReadRouting.primaryOnly()) {
			Connection replica = null;
			try {
				replica = health.replica().getConnection();
				Lsn token = ReadRouting.token();
				if (token == null || health.hasReplayed(token) || ReplicaHealth.replayed(replica).atLeast(token)) {
					return FailureWatch.watch(replica);
				}
				replica.close();
			}
			catch (SQLException | IllegalStateException ex) {
				health.down(ex);
				closeQuietly(replica);
			}
		}
		return this.primary.getConnection();
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// It is broken already: the pool drops it.
			}
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLException("The replica routing takes its users from its pools");
	}

}
