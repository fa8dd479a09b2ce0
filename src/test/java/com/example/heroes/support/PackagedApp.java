package com.example.heroes.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application run as a process of its own on the run's database, for tests
 * that signal or kill it. Its output goes to a file the test can read.
 */
public final class PackagedApp implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final Path log;

	private final int port;

	private PackagedApp(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts the jar on a free port and waits until it serves. */
	public static PackagedApp start(String... arguments) throws Exception {
		TestDatabase database = TestDatabase.get();
		Path log = Files.createTempFile("heroes-app", ".log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar(), "--server.port=0",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(),
				// Connecting may take a while on a busy machine: these tests are not
				// about that.
				"--spring.datasource.hikari.data-source-properties.connectTimeout=10",
				"--spring.datasource.hikari.data-source-properties.loginTimeout=10"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int port = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Matcher matcher = STARTED.matcher(Files.readString(log));
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : null;
		}, (found) -> found != null || !process.isAlive());
		assertThat(process.isAlive()).as("the application started: %s", log).isTrue();
		return new PackagedApp(process, log, port);
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	public Process process() {
		return this.process;
	}

	public String output() throws Exception {
		return Files.readString(this.log);
	}

	@Override
	public void close() throws Exception {
		this.process.destroyForcibly().waitFor();
		Files.deleteIfExists(this.log);
	}

	private static String jar() {
		String jar = System.getProperty("heroes.jar");
		assertThat(jar).as("the failsafe configuration names the packaged jar").isNotNull();
		assertThat(new File(jar)).exists();
		return jar;
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
