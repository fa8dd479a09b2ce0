package com.example.heroes.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application run as a process of its own, for tests that signal or kill it,
 * run it on another JVM, or run several. Every test starts the jar the same way
 * ({@link #launch()}); its output goes to a file the test can read.
 */
public final class PackagedApp implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final Path log;

	private volatile int port;

	private PackagedApp(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar on the run's database and a free port, and waits until it serves.
	 */
	public static PackagedApp start(String... arguments) throws Exception {
		return launch().arguments(arguments).start();
	}

	/**
	 * How to start the jar: the run's database, a free port and this JVM, unless told.
	 */
	public static Launch launch() {
		return new Launch();
	}

	/** The port it serves on: known once it has started, or the one it was given. */
	public int port() {
		assertThat(this.port).as("the application has started").isPositive();
		return this.port;
	}

	public String baseUrl() {
		return "http://localhost:" + port();
	}

	public Process process() {
		return this.process;
	}

	public Path log() {
		return this.log;
	}

	public String output() throws Exception {
		return Files.readString(this.log);
	}

	/** Waits until the output holds the text, failing at once if the process dies. */
	public void awaitOutput(String text, Duration atMost) {
		await().atMost(atMost)
			.pollInterval(Duration.ofMillis(50))
			.failFast("the application exited", () -> !this.process.isAlive() && !output().contains(text))
			.until(() -> output().contains(text));
	}

	/**
	 * Waits until Tomcat has started, and learns the port it took. The wait ends when the
	 * application says it serves, or when it exits; the bound is only there so that a
	 * hang cannot hold the build, and is far above a start on a loaded machine.
	 */
	public PackagedApp awaitStarted() {
		Integer started = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Matcher matcher = STARTED.matcher(output());
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : null;
		}, (found) -> found != null || !this.process.isAlive());
		assertThat(this.process.isAlive()).as("the application started: %s", this.log).isTrue();
		this.port = started;
		return this;
	}

	/** Sends SIGTERM; the future completes when the process has exited. */
	public CompletableFuture<Process> terminate() {
		this.process.destroy();
		return this.process.onExit();
	}

	@Override
	public void close() throws Exception {
		this.process.destroyForcibly().waitFor();
		Files.deleteIfExists(this.log);
	}

	/** The options of one start of the jar. */
	public static final class Launch {

		private String java = ProcessHandle.current().info().command().orElse("java");

		/**
		 * The tests that start the jar are about the process (its start, its exit, its
		 * logs, its answers under faults), not its peak speed: a quick compiler and one
		 * GC thread start it sooner on a small machine.
		 */
		private final List<String> jvmOptions = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));

		private String url;

		private String username;

		private String password;

		private int port;

		private final List<String> arguments = new ArrayList<>();

		private Launch() {
			TestDatabase database = TestDatabase.get();
			this.url = database.url();
			this.username = database.username();
			this.password = database.password();
		}

		/** Another JVM's {@code java} executable. */
		public Launch java(String executable) {
			this.java = executable;
			return this;
		}

		public Launch jvmOptions(String... options) {
			this.jvmOptions.addAll(List.of(options));
			return this;
		}

		/** Another database on the run's server, with the run's login. */
		public Launch databaseUrl(String url) {
			this.url = url;
			return this;
		}

		/** A port chosen by the test, in place of a free one that Tomcat picks. */
		public Launch port(int port) {
			this.port = port;
			return this;
		}

		public Launch arguments(String... arguments) {
			this.arguments.addAll(List.of(arguments));
			return this;
		}

		/** Starts the process and waits until it serves. */
		public PackagedApp start() throws Exception {
			return spawn().awaitStarted();
		}

		/**
		 * Starts the process without waiting, for tests that start several at the same
		 * moment and wait for them together.
		 */
		public PackagedApp spawn() throws Exception {
			Path log = Files.createTempFile("heroes-app", ".log");
			List<String> command = new ArrayList<>();
			command.add(this.java);
			command.addAll(this.jvmOptions);
			command.addAll(List.of("-jar", jar(), "--server.port=" + this.port, "--spring.main.banner-mode=off",
					"--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.username,
					"--spring.datasource.password=" + this.password,
					// Connecting may take a while on a busy machine: these tests are not
					// about that.
					"--spring.datasource.hikari.data-source-properties.connectTimeout=10",
					"--spring.datasource.hikari.data-source-properties.loginTimeout=10"));
			command.addAll(this.arguments);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new PackagedApp(process, log, this.port);
		}

		private static String jar() {
			String jar = System.getProperty("heroes.jar");
			assertThat(jar).as("the failsafe configuration names the packaged jar").isNotNull();
			assertThat(new File(jar)).exists();
			return jar;
		}

	}

}
