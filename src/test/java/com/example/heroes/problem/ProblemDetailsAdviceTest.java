package com.example.heroes.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.heroes.database.DatabaseHeartbeat;
import com.example.heroes.database.Heartbeats;
import com.example.heroes.validation.Text;
import com.example.heroes.web.MvcSlice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advice's rules, each pinned to the exact problem it answers (API.md §2), on Spring
 * MVC alone: the real {@link ProblemDetailsAdvice}, the application's JSON settings and
 * body checks, and a controller of this test's own, with no server, filter or database.
 * What needs those stays in {@code ProblemResponsesIT} and the features' ITs.
 */
class ProblemDetailsAdviceTest {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final List<String> LOGGERS = List.of(ProblemDetailsAdvice.class.getName(),
			DatabaseProblems.class.getName(), "org.springframework.web.servlet.PageNotFound");

	private final ThingController controller = new ThingController();

	private final DatabaseHeartbeat heartbeat = Heartbeats.silent();

	private final MockMvcTester mvc = mvc();

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	/** What the advice logs is kept here instead of the build's output. */
	@BeforeEach
	void captureLogs() {
		this.logged.start();
		for (String name : LOGGERS) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			logger.setAdditive(false);
			logger.addAppender(this.logged);
		}
	}

	@AfterEach
	void releaseLogsAndHeartbeat() {
		for (String name : LOGGERS) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			logger.detachAppender(this.logged);
			logger.setAdditive(true);
		}
		this.heartbeat.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			broken JSON                         | {"name": "x",
			trailing garbage                    | {"name": "x", "secret_name": "y"} x
			duplicate keys                      | {"name": "x", "name": "y", "secret_name": "z"}
			a wrong type, then broken JSON      | {"age": "x", "name": "a
			a wrong type, then duplicate keys   | {"age": "x", "name": "a", "name": "b"}
			a wrong type, then trailing garbage | {"age": "x", "name": "a"} x
			""")
	void aBodyThatIsNotJsonIs400MalformedRequest(String label, String body) {
		assertProblem(post("/things", body), 400, "malformed-request", "Malformed request",
				"The body is not valid JSON", "/things");
	}

	@Test
	void aMissingBodyIs400MalformedRequest() {
		assertProblem(this.mvc.post().uri("/things").contentType(JSON).exchange(), 400, "malformed-request",
				"Malformed request", "The request body is missing or not readable", "/things");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			an array  | [{"name": "x", "secret_name": "y"}]
			a string  | "thing"
			a number  | 7
			""")
	void aJsonValueThatIsNotAnObjectWhereOneIsTakenIs400(String label, String body) {
		assertProblem(post("/things", body), 400, "malformed-request", "Malformed request",
				"The body must be a JSON object", "/things");
	}

	@Test
	void anObjectWhereAListIsTakenIs400() {
		assertProblem(post("/things/bulk", "{\"name\": \"x\", \"secret_name\": \"y\"}"), 400, "malformed-request",
				"Malformed request", "The body must be a JSON array", "/things/bulk");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a number for a string       | {"name": "x", "secret_name": 7}          | secret_name | must be a string
					a boolean for a string      | {"name": true, "secret_name": "y"}       | name        | must be a string
					a string for an integer     | {"name": "x", "secret_name": "y", "age": "7"}    | age | must be an integer
					a blank for an integer      | {"name": "x", "secret_name": "y", "age": ""}     | age | must be an integer
					a fraction for an integer   | {"name": "x", "secret_name": "y", "age": 7.5}    | age | must be an integer
					an integer beyond its range | {"name": "x", "secret_name": "y", "age": 99999999999} | age | is out of range
					an object for a string      | {"name": {}, "secret_name": "y"}         | name        | must be a string
					NUL in a string             | {"name": "a\\u0000b", "secret_name": "y"} | name       | must not contain the NUL character (U+0000)
					a lone surrogate            | {"name": "a\\ud800b", "secret_name": "y"} | name       | must be valid Unicode (it holds an unpaired surrogate)
					""")
	void aValueOfTheWrongTypeIs422NamingTheFieldAsTheClientSpellsIt(String label, String body, String field,
			String message) {
		assertValidationProblem(post("/things", body), "/things", field, message);
	}

	@Test
	void aValueOfTheWrongTypeInAListItemIsNamedByItsIndex() {
		assertValidationProblem(post("/things/bulk", """
				[{"name": "a", "secret_name": "s"}, {"name": "b", "secret_name": "s"},
				 {"name": "c", "secret_name": "s"}, {"name": 7, "secret_name": "s"}]"""), "/things/bulk", "[3].name",
				"must be a string");
	}

	@Test
	void aValidationProblemNamesEveryOffendingFieldInTheClientsSpelling() {
		MvcTestResult result = post("/things", """
				{"name": " ", "secret_name": null, "age": 10001}""");
		assertThat(result).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		// Hibernate Validator reports a bean's violations in no fixed order.
		assertThat(result).bodyJson().isEqualTo("""
				{"type": "/problems/validation", "title": "Validation failed", "status": 422, "instance": "/things",
				 "errors": [{"field": "name", "message": "must be at least 2 characters"},
				            {"field": "secret_name", "message": "is required"},
				            {"field": "age", "message": "must be between 0 and 10000"}]}""", JsonCompareMode.LENIENT);
		assertThat(result).bodyJson()
			.extractingPath("$")
			.asMap()
			.containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.satisfies((detail) -> assertThat(detail.split("; ")).containsExactlyInAnyOrder(
					"name must be at least 2 characters", "secret_name is required",
					"age must be between 0 and 10000"));
	}

	@Test
	void aValueThatBreaksTwoRulesGetsOneMessageTheSameEveryTime() {
		// " " is blank for @Text and too short for @Size: the first message by its words.
		assertValidationProblem(post("/things", "{\"name\": \" \", \"secret_name\": \"y\"}"), "/things", "name",
				"must be at least 2 characters");
	}

	@Test
	void theItemsOfAListBodyAreNamedByTheirIndexInOrder() {
		assertProblem(post("/things/bulk", """
				[{"name": "ab", "secret_name": "s"}, {"name": "", "secret_name": "s", "age": -1},
				 {"name": "cd", "secret_name": "s"}, {"name": "ef"}]"""), 422, "validation", "Validation failed",
				"[1].age must be between 0 and 10000; [1].name must be at least 2 characters; [3].secret_name is required",
				"/things/bulk", """
						[{"field": "[1].age", "message": "must be between 0 and 10000"},
						 {"field": "[1].name", "message": "must be at least 2 characters"},
						 {"field": "[3].secret_name", "message": "is required"}]""");
	}

	@Test
	void aNullItemOfAListBodyIsNamedByItsIndex() {
		assertValidationProblem(post("/things/bulk", "[{\"name\": \"ab\", \"secret_name\": \"s\"}, null]"),
				"/things/bulk", "[1]", "must be a thing object");
	}

	@Test
	void anEmptyListBodyBreaksTheListsOwnRule() {
		assertValidationProblem(post("/things/bulk", "[]"), "/things/bulk", "body", "must hold 1 to 5 things");
	}

	@Test
	void aMissingRequiredQueryParameterIs422() {
		assertValidationProblem(this.mvc.get().uri("/things"), "/things", "name", "is required");
	}

	@Test
	void aQueryParameterOfTheWrongTypeIs422NamingIt() {
		assertValidationProblem(this.mvc.get().uri("/things?name=x&limit=ten"), "/things", "limit",
				"has an invalid value");
	}

	@Test
	void aPathIdThatIsNotANumberIs404() {
		assertProblem(this.mvc.get().uri("/things/abc"), 404, "not-found", "Not found",
				"No resource exists at this path", "/things/abc");
	}

	@Test
	void aPathWithNoHandlerIs404() {
		assertProblem(this.mvc.get().uri("/nothing-here"), 404, "not-found", "Not found",
				"No resource exists at this path", "/nothing-here");
	}

	@Test
	void aMethodThePathDoesNotTakeIs405WithAllow() {
		MvcTestResult result = this.mvc.put().uri("/things/1").contentType(JSON).content("{}").exchange();
		assertProblem(result, 405, "method-not-allowed", "Method not allowed", "This path does not support PUT",
				"/things/1");
		assertThat(result.getResponse().getHeader("Allow")).isEqualTo("GET,HEAD,OPTIONS");
	}

	@Test
	void aBodyOfAnotherMediaTypeIs415ListingTheOneTaken() {
		MvcTestResult result = this.mvc.post()
			.uri("/things")
			.contentType(MediaType.TEXT_PLAIN)
			.content("name=Thing")
			.exchange();
		assertProblem(result, 415, "unsupported-media-type", "Unsupported media type",
				"The body must be sent as application/json", "/things");
		assertThat(result).hasHeader("Accept", JSON);
	}

	@Test
	void anAcceptThatAllowsNoJsonIs406() {
		assertProblem(this.mvc.get().uri("/things/1").accept(MediaType.TEXT_HTML), 406, "not-acceptable",
				"Not acceptable", "The service answers in application/json", "/things/1");
	}

	@Test
	void aNotFoundExceptionIsAnsweredAs404WithItsDetail() {
		assertFailure(NotFoundException.of("Thing", 7), 404, "not-found", "Not found", "Thing 7 does not exist");
	}

	@Test
	void aConflictExceptionKeepsTheFieldsItNames() {
		assertProblem(
				fail(new ConflictException("A thing with this name already exists",
						List.of(new FieldError("[1].name", "is taken")))),
				409, "conflict", "Conflict", "A thing with this name already exists", "/failure", """
						[{"field": "[1].name", "message": "is taken"}]""");
	}

	@Test
	void aConflictExceptionWithoutFieldsHasNoErrors() {
		assertFailure(new ConflictException("Two things conflict", List.of()), 409, "conflict", "Conflict",
				"Two things conflict");
	}

	@Test
	void aPreconditionFailedExceptionIs412() {
		assertFailure(new PreconditionFailedException("The thing was changed"), 412, "precondition-failed",
				"Precondition failed", "The thing was changed");
	}

	@Test
	void aConcurrentChangeCaughtByTheVersionIs412() {
		assertFailure(new OptimisticLockingFailureException("row was updated"), 412, "precondition-failed",
				"Precondition failed", "The resource was changed by another request");
	}

	@ParameterizedTest(name = "SQLSTATE {0}")
	@CsvSource({ "23505", "23503", "23P01" })
	void aConflictConstraintIs409InTheWordsItsFeatureDeclares(String state) {
		assertFailure(violation(state, "thing_name_key"), 409, "conflict", "Conflict",
				"A thing with this name already exists");
	}

	@Test
	void aConflictConstraintNamedOnlyByTheDriverIsKnownToo() {
		assertFailure(
				new DataIntegrityViolationException("batch failed",
						new PSQLException(new ServerErrorMessage("SERROR\0C23505\0Mduplicate\0nthing_name_key\0"))),
				409, "conflict", "Conflict", "A thing with this name already exists");
	}

	@Test
	void aConflictConstraintWithoutAMeaningIsTheGenericConflict() {
		assertFailure(violation("23505", "no_such_constraint"), 409, "conflict", "Conflict",
				"The request conflicts with stored data");
	}

	@Test
	void aCheckConstraintIs422NamingTheFieldItGuards() {
		assertProblem(fail(violation("23514", "thing_age_range")), 422, "validation", "Validation failed",
				"age must be between 0 and 10000", "/failure", """
						[{"field": "age", "message": "must be between 0 and 10000"}]""");
	}

	@Test
	void aRefusalOfAnUnknownConstraintNamesTheBody() {
		assertProblem(fail(new DataIntegrityViolationException("refused", new SQLException("refused", "22001"))), 422,
				"validation", "Validation failed", "body holds a value the database cannot store", "/failure", """
						[{"field": "body", "message": "holds a value the database cannot store"}]""");
	}

	@Test
	void anUnexpectedErrorIsABare500WithRetryAfterAndNothingOfTheException() {
		MvcTestResult result = fail(new IllegalStateException("SELECT secret_name FROM hero at com.example"));
		assertProblem(result, 500, "internal-error", "Internal error",
				"An unexpected error; it has been logged with the request id. `Retry-After` says when to retry.",
				"/failure");
		assertThat(result).hasHeader("Retry-After", "5");
		assertThat(result).bodyText()
			.doesNotContain("secret_name", "SELECT", "IllegalStateException", "java.", "com.example");
		assertThat(this.logged.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.ERROR);
			assertThat(event.getFormattedMessage()).isEqualTo("Unexpected error");
			assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
		});
	}

	@Test
	void aDatabaseThatCannotBeReachedIs503WithRetryAfter() {
		MvcTestResult result = fail(
				new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timeout")));
		assertProblem(result, 503, "service-unavailable", "Service unavailable",
				"The database cannot be reached at the moment", "/failure");
		assertThat(result).hasHeader("Retry-After", "5");
	}

	private MockMvcTester mvc() {
		JsonMapper json = MvcSlice.jsonMapper();
		ConstraintMeanings meanings = () -> List.of(
				ConstraintMeaning.conflict("thing_name_key", "A thing with this name already exists"),
				ConstraintMeaning.refusal("thing_age_range", "age", "must be between 0 and 10000"));
		ProblemDetailsAdvice advice = new ProblemDetailsAdvice(json, new DatabaseProblems(this.heartbeat),
				new DatabaseConstraints(List.of(meanings)));
		return MockMvcTester.create(MockMvcBuilders.standaloneSetup(this.controller)
			.setControllerAdvice(advice, MvcSlice.strictBodies())
			.setMessageConverters(new JacksonJsonHttpMessageConverter(json))
			.setValidator(MvcSlice.validator())
			.build());
	}

	private MvcTestResult post(String path, String body) {
		return this.mvc.post().uri(path).contentType(JSON).content(body).exchange();
	}

	private MvcTestResult fail(RuntimeException failure) {
		this.controller.failure = failure;
		return this.mvc.get().uri("/failure").exchange();
	}

	private void assertFailure(RuntimeException failure, int status, String slug, String title, String detail) {
		assertProblem(fail(failure), status, slug, title, detail, "/failure");
	}

	private static void assertValidationProblem(MockMvcTester.MockMvcRequestBuilder request, String instance,
			String field, String message) {
		assertValidationProblem(request.exchange(), instance, field, message);
	}

	private static void assertValidationProblem(MvcTestResult result, String instance, String field, String message) {
		assertProblem(result, 422, "validation", "Validation failed", field + " " + message, instance, """
				[{"field": "%s", "message": "%s"}]""".formatted(field, message));
	}

	private static void assertProblem(MockMvcTester.MockMvcRequestBuilder request, int status, String slug,
			String title, String detail, String instance) {
		assertProblem(request.exchange(), status, slug, title, detail, instance);
	}

	private static void assertProblem(MvcTestResult result, int status, String slug, String title, String detail,
			String instance) {
		assertProblem(result, status, slug, title, detail, instance, null);
	}

	/** The whole problem, member for member, and nothing else in it. */
	private static void assertProblem(MvcTestResult result, int status, String slug, String title, String detail,
			String instance, String errors) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.isStrictlyEqualTo("""
					{"type": "/problems/%s", "title": "%s", "status": %d, "detail": "%s", "instance": "%s"%s}"""
				.formatted(slug, title, status, detail, instance, (errors != null) ? ", \"errors\": " + errors : ""));
	}

	/** A constraint violation as Hibernate reports one, over PostgreSQL's SQLSTATE. */
	private static DataIntegrityViolationException violation(String state, String constraint) {
		return new DataIntegrityViolationException("could not execute statement", new ConstraintViolationException(
				"could not execute statement", new SQLException("violates", state), constraint));
	}

	/** A thing of the body, named in the client's spelling as a hero is. */
	record Thing(
			@NotNull(message = "is required") @Size(min = 2,
					message = "must be at least 2 characters") @Text(max = 10) String name,
			@NotNull(message = "is required") @Text(max = 20) String secretName,
			@Range(min = 0, max = 10000, message = "must be between {min} and {max}") Integer age) {
	}

	@RestController
	@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	static class ThingController {

		RuntimeException failure;

		@PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
		Thing create(@Valid @RequestBody Thing body) {
			return body;
		}

		@PostMapping(path = "/things/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
		List<Thing> createAll(@RequestBody @Size(min = 1, max = 5, message = "must hold 1 to 5 things") List<@NotNull(
				message = "must be a thing object") @Valid Thing> body) {
			return body;
		}

		@GetMapping("/things")
		List<Thing> list(@RequestParam String name, @RequestParam(defaultValue = "10") int limit) {
			return List.of();
		}

		@GetMapping("/things/{id}")
		Thing read(@PathVariable long id) {
			return new Thing("Thing " + id, "secret", null);
		}

		@GetMapping("/failure")
		Thing fail() {
			throw this.failure;
		}

	}

}
