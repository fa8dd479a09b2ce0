package com.example.heroes.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.awaitility.Awaitility.await;

/**
 * A PgBouncer (Debian's {@code pgbouncer}) in transaction pooling mode in front of a
 * PostgreSQL server, on a free loopback port, with its configuration in a temporary
 * directory; stopped and removed when the JVM ends. It has fewer server connections than
 * the application's pool has connections, so that consecutive transactions of one
 * application connection run on different server sessions, as they do in production.
 * PgBouncer refuses to run as root: as root, it runs as the {@code postgres} user.
 */
public final class PgBouncer {

	private static final Logger logger = LoggerFactory.getLogger(PgBouncer.class);

	/** Server connections per database and user, against the application's pool of 10. */
	private static final int SERVER_CONNECTIONS = 3;

	private final Process process;

	private final Path directory;

	private final int port;

	private PgBouncer(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	public int port() {
		return this.port;
	}

	/**
	 * The JDBC URL of a database through this PgBouncer, for a URL of the same database
	 * direct.
	 */
	public String url(String directUrl) {
		URI uri = URI.create(directUrl.substring("jdbc:".length()));
		String query = (uri.getRawQuery() != null) ? uri.getRawQuery() + "&" : "";
		return "jdbc:postgresql://127.0.0.1:" + this.port + uri.getRawPath() + "?" + query + "prepareThreshold=0";
	}

	/** Starts one in front of the server of {@code directUrl}. */
	public static PgBouncer start(String directUrl) {
		URI server = URI.create(directUrl.substring("jdbc:".length()));
		try {
			Path directory = Files.createTempDirectory("heroes-pgbouncer");
			int port = freePort();
			Files.writeString(directory.resolve("userlist.txt"), "\"postgres\" \"\"\n");
			Files.writeString(directory.resolve("pgbouncer.ini"), """
					[databases]
					* = host=%s port=%d

					[pgbouncer]
					listen_addr = 127.0.0.1
					listen_port = %d
					unix_socket_dir =
					auth_type = trust
					auth_file = %s
					pool_mode = transaction
					default_pool_size = %d
					max_client_conn = 500
					ignore_startup_parameters = extra_float_digits
					logfile = %s
					pidfile = %s
					""".formatted(server.getHost(), server.getPort(), port, directory.resolve("userlist.txt"),
					SERVER_CONNECTIONS, directory.resolve("pgbouncer.log"), directory.resolve("pgbouncer.pid")));
			List<String> command = new ArrayList<>();
			if (isRoot()) {
				handOver(directory, "postgres");
				command.addAll(List.of("runuser", "-u", "postgres", "--"));
			}
			command.addAll(List.of(executable(), directory.resolve("pgbouncer.ini").toString()));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(directory.resolve("pgbouncer.out").toFile())
				.start();
			PgBouncer bouncer = new PgBouncer(process, directory, port);
			Runtime.getRuntime().addShutdownHook(new Thread(bouncer::stop));
			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(100))
				.failFast("pgbouncer exited", () -> !process.isAlive())
				.until(() -> accepts(port));
			logger.info("Integration tests reach PostgreSQL through PgBouncer on port {} (transaction pooling)", port);
			return bouncer;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start pgbouncer (apt-get install -y pgbouncer)", ex);
		}
	}

	private void stop() {
		this.process.destroy();
		try {
			this.process.waitFor();
			try (Stream<Path> files = Files.walk(this.directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			logger.warn("Could not remove {}", this.directory, ex);
		}
	}

	private static String executable() {
		for (String candidate : List.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return "pgbouncer";
	}

	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/**
	 * Gives {@code directory} and what is in it to {@code user}, who runs a server there.
	 */
	static void handOver(Path directory, String user) throws IOException {
		UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path path : files.toList()) {
				Files.setOwner(path, users.lookupPrincipalByName(user));
			}
		}
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
