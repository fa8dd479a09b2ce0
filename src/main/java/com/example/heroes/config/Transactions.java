package com.example.heroes.config;

/**
 * The transaction manager that every {@code @Transactional} of the service names. Named,
 * Spring finds it in its cache; unnamed, Spring looks for a {@code @Qualifier} on the
 * target class first, on every call ({@code TransactionAspectSupport}'s choice of a
 * transaction manager), an annotation lookup that cost 3-7 % of the CPU of a read by id.
 * {@code ArchitectureTest} keeps every {@code @Transactional} naming it.
 */
public final class Transactions {

	/** The name Spring Boot gives the JPA transaction manager it configures. */
	public static final String MANAGER = "transactionManager";

	private Transactions() {
	}

}
