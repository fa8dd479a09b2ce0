package com.example.heroes.problem;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import com.example.heroes.database.DatabaseHeartbeat;
import com.example.heroes.database.Heartbeats;
import com.example.heroes.database.RequestDeadline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §2: overloaded or unavailable, decided by the heartbeat (here one that has just
 * heard the test database) and by whether the failure was a wait.
 */
class DatabaseProblemsIT {

	private final DatabaseHeartbeat heartbeat = Heartbeats.answering();

	private final DatabaseProblems problems = new DatabaseProblems(this.heartbeat);

	@AfterEach
	void closeDeadlineAndHeartbeat() {
		RequestDeadline.close();
		this.heartbeat.close();
	}

	@Test
	void aRollbackThatFailsOnceTheRequestsTimeIsOverIsOverloadedWhileTheDatabaseAnswers() {
		Heartbeats.deadlineOver();
		assertThat(type(rollbackOnAClosedConnection())).isEqualTo("/problems/overloaded");
	}

	@Test
	void theSameFailureWithTimeLeftIsTheDatabaseAway() {
		assertThat(type(rollbackOnAClosedConnection())).isEqualTo("/problems/service-unavailable");
	}

	@Test
	void aConnectionRefusedOnceTheRequestsTimeIsOverIsStillTheDatabaseAway() {
		Heartbeats.deadlineOver();
		CannotCreateTransactionException refused = new CannotCreateTransactionException("Could not open",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available",
						new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
		assertThat(type(refused)).isEqualTo("/problems/service-unavailable");
	}

	private static TransactionSystemException rollbackOnAClosedConnection() {
		return new TransactionSystemException("Could not roll back", new SQLException("Connection is closed", "08003"));
	}

	private String type(Exception ex) {
		ResponseEntity<ProblemDetail> answer = this.problems.answer(ex, URI.create("/heroes")).orElseThrow();
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
		return answer.getBody().getType().toString();
	}

}
