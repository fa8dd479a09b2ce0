package com.example.heroes;

import com.example.heroes.config.Transactions;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the house style: a feature's entities, repositories, mappers and
 * controllers are its own business; features meet only through services and public
 * records; transactions live on services; the shared packages know no feature.
 */
@AnalyzeClasses(packages = "com.example.heroes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String[] FEATURES = { "..heroes.hero..", "..heroes.team..", "..heroes.membership.." };

	private static final String[] SHARED = { "..heroes.problem..", "..heroes.paging..", "..heroes.validation..",
			"..heroes.idempotency..", "..heroes.web..", "..heroes.openapi..", "..heroes.database..",
			"..heroes.replica.." };

	@ArchTest
	static final ArchRule entitiesArePackagePrivate = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule mappersArePackagePrivate = classes().that()
		.haveSimpleNameEndingWith("Mapper")
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule controllersGoThroughServices = noClasses().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	@ArchTest
	static final ArchRule transactionsAreOnServicesOnly = classes().that()
		.areAnnotatedWith(Transactional.class)
		.should()
		.beAnnotatedWith(Service.class);

	@ArchTest
	static final ArchRule transactionalMethodsAreOnServicesOnly = methods().that()
		.areAnnotatedWith(Transactional.class)
		.should()
		.beDeclaredInClassesThat()
		.areAnnotatedWith(Service.class);

	/**
	 * Every transaction names its manager, which spares a lookup per call
	 * ({@link Transactions}).
	 */
	@ArchTest
	static final ArchRule transactionsNameTheirManager = classes().that()
		.areAnnotatedWith(Transactional.class)
		.should()
		.beAnnotatedWith(namingTheTransactionManager());

	@ArchTest
	static final ArchRule transactionalMethodsNameTheirManager = methods().that()
		.areAnnotatedWith(Transactional.class)
		.should()
		.beAnnotatedWith(namingTheTransactionManager());

	@ArchTest
	static final ArchRule sharedPackagesKnowNoFeature = noClasses().that()
		.resideInAnyPackage(SHARED)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FEATURES);

	/** Features build on the shared packages, which build on config: never back. */
	@ArchTest
	static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("com.example.heroes.(*)..")
		.should()
		.beFreeOfCycles();

	/** config holds settings only: it knows no other package of the service. */
	@ArchTest
	static final ArchRule configKnowsNoOtherPackage = noClasses().that()
		.resideInAPackage("..heroes.config..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FEATURES)
		.orShould()
		.dependOnClassesThat()
		.resideInAnyPackage(SHARED);

	/**
	 * A feature reaches another only through its public service and records, or an
	 * interface the other implements; never its entities or repositories (those are
	 * package-private, above), and teams build on heroes, not the other way round.
	 */
	@ArchTest
	static final ArchRule heroesKnowNoOtherFeature = noClasses().that()
		.resideInAPackage("..heroes.hero..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..heroes.team..", "..heroes.membership..");

	@ArchTest
	static final ArchRule teamsKnowNoMembership = noClasses().that()
		.resideInAPackage("..heroes.team..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..heroes.membership..");

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class);

	private static DescribedPredicate<JavaAnnotation<?>> namingTheTransactionManager() {
		return DescribedPredicate.describe("@Transactional naming " + Transactions.MANAGER,
				(annotation) -> annotation.getRawType().isEquivalentTo(Transactional.class)
						&& (Transactions.MANAGER.equals(annotation.get("value").orElse(null))
								|| Transactions.MANAGER.equals(annotation.get("transactionManager").orElse(null))));
	}

}
