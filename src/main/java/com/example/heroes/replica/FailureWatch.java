package com.example.heroes.replica;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Wraps a replica connection, and the statements it makes, to note in {@link ReadRouting}
 * when the replica fails under a read: its connection breaks (SQLSTATE class 08) or the
 * server shuts down (57P). Such a failure does not always reach the answer as a 503
 * (Hibernate's {@code find} turns it into "no row", a 404), so the read is told to go
 * again to the primary by this note, not by its status.
 */
final class FailureWatch {

	private FailureWatch() {
	}

	static Connection watch(Connection connection) {
		return (Connection) wrap(connection, Connection.class);
	}

	private static Object wrap(Object target, Class<?> type) {
		return Proxy.newProxyInstance(FailureWatch.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, arguments) -> invoke(target, method, arguments));
	}

	private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
		try {
			Object result = method.invoke(target, arguments);
			if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())
					&& method.getReturnType().isInterface()) {
				return wrap(result, method.getReturnType());
			}
			return result;
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				ReadRouting.replicaFailed(true);
			}
			throw cause;
		}
	}

}
