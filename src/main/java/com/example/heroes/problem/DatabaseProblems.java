package com.example.heroes.problem;

import java.net.URI;
import java.util.Optional;

import com.example.heroes.database.DatabaseHeartbeat;
import com.example.heroes.database.RequestDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answer to a request that failed for the database's sake: a 503 with
 * {@code Retry-After}, {@code /problems/overloaded} when the database answers but the
 * request could not get its turn in time (every connection busy past the bounded wait,
 * answers slower than the request's deadline, however the failure reports it),
 * {@code /problems/service-unavailable} when the database does not answer at all. The
 * heartbeat tells the two apart, so saturation is never reported as an outage.
 */
@Component
public class DatabaseProblems {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseProblems.class);

	/** A saturated service frees up quickly; an outage takes longer. */
	private static final String OVERLOADED_RETRY_AFTER_SECONDS = "2";

	private final DatabaseHeartbeat heartbeat;

	DatabaseProblems(DatabaseHeartbeat heartbeat) {
		this.heartbeat = heartbeat;
	}

	/** The 503 for this failure, or nothing when it is not the database's. */
	public Optional<ResponseEntity<ProblemDetail>> answer(Throwable ex, URI instance) {
		if (!DatabaseAvailability.isUnavailable(ex)) {
			return Optional.empty();
		}
		HttpHeaders headers = new HttpHeaders();
		boolean waited = DatabaseAvailability.isWait(ex)
				|| (RequestDeadline.isOver() && !DatabaseAvailability.isRefusal(ex));
		if (waited && this.heartbeat.databaseAnswers()) {
			logger.warn("Overloaded: the database answers, but not in time for this request ({})",
					ex.getClass().getSimpleName());
			headers.set(HttpHeaders.RETRY_AFTER, OVERLOADED_RETRY_AFTER_SECONDS);
			return Optional.of(Problems.response(ProblemType.OVERLOADED, 503,
					"The service is too busy to take this request at the moment", instance, headers));
		}
		logger.warn("Database unavailable: {}", ex.getClass().getSimpleName());
		headers.set(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
		return Optional.of(Problems.response(ProblemType.SERVICE_UNAVAILABLE, 503,
				"The database cannot be reached at the moment", instance, headers));
	}

}
