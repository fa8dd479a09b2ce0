package com.example.heroes.replica;

/**
 * What the request being served asks of the replicas: the {@code Consistency-Token} it
 * sent, whether its reads must go to the primary (a write's always do), and whether one
 * failed on the replica.
 */
final class ReadRouting {

	private static final ThreadLocal<Lsn> token = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> primaryOnly = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> replicaFailed = new ThreadLocal<>();

	private ReadRouting() {
	}

	static Lsn token() {
		return token.get();
	}

	static void token(Lsn lsn) {
		token.set(lsn);
	}

	static boolean primaryOnly() {
		return Boolean.TRUE.equals(primaryOnly.get());
	}

	static void primaryOnly(boolean value) {
		primaryOnly.set(value);
	}

	static boolean replicaFailed() {
		return Boolean.TRUE.equals(replicaFailed.get());
	}

	static void replicaFailed(boolean value) {
		replicaFailed.set(value);
	}

	static void clear() {
		replicaFailed.remove();
		token.remove();
		primaryOnly.remove();
	}

}
