package com.example.heroes.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL primary and a streaming replica of it, of the tests' own: {@code initdb}
 * and {@code pg_basebackup -R} into temporary directories, started on free loopback ports
 * (as the {@code postgres} user when run as root, since PostgreSQL refuses root), and
 * stopped and removed by {@link #close()}. The machine's own server is left as it is.
 */
public final class ReplicaPair implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ReplicaPair.class);

	private final Path directory;

	private final String bin;

	private final int primaryPort;

	private final int replicaPort;

	private ReplicaPair(Path directory, String bin, int primaryPort, int replicaPort) {
		this.directory = directory;
		this.bin = bin;
		this.primaryPort = primaryPort;
		this.replicaPort = replicaPort;
	}

	public static ReplicaPair start() throws Exception {
		String bin = new String(new ProcessBuilder("pg_config", "--bindir").start().getInputStream().readAllBytes())
			.strip();
		Path directory = Files.createTempDirectory("heroes-replica-pair");
		ReplicaPair pair = new ReplicaPair(directory, bin, PgBouncer.freePort(), PgBouncer.freePort());
		try {
			if (PgBouncer.isRoot()) {
				PgBouncer.handOver(directory, "postgres");
			}
			Path primary = directory.resolve("primary");
			pair.run("initdb", "-D", primary.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
			Files.writeString(primary.resolve("postgresql.conf"),
					pair.settings(pair.primaryPort, primary)
							+ "wal_level = replica\nmax_wal_senders = 4\nfsync = off\nmax_connections = 60\n",
					StandardOpenOption.APPEND);
			pair.run("pg_ctl", "-D", primary.toString(), "-l", directory.resolve("primary.log").toString(), "-w",
					"start");
			Path replica = directory.resolve("replica");
			pair.run("pg_basebackup", "-h", "127.0.0.1", "-p", String.valueOf(pair.primaryPort), "-U", "postgres", "-D",
					replica.toString(), "-R", "-X", "stream");
			Files.writeString(replica.resolve("postgresql.conf"),
					pair.settings(pair.replicaPort, replica) + "hot_standby = on\n", StandardOpenOption.APPEND);
			pair.startReplica();
			logger.info("Primary on port {}, streaming replica on port {}", pair.primaryPort, pair.replicaPort);
			return pair;
		}
		catch (Exception ex) {
			pair.close();
			throw ex;
		}
	}

	public String primaryUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.primaryPort + "/postgres";
	}

	public String replicaUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.replicaPort + "/postgres";
	}

	public Connection connectToReplica() throws SQLException {
		return DriverManager.getConnection(replicaUrl(), "postgres", "");
	}

	public void startReplica() throws Exception {
		run("pg_ctl", "-D", this.directory.resolve("replica").toString(), "-l",
				this.directory.resolve("replica.log").toString(), "-w", "start");
	}

	/** Stops the replica at once, as a crash would: its sessions are cut. */
	public void stopReplica() throws Exception {
		run("pg_ctl", "-D", this.directory.resolve("replica").toString(), "-m", "immediate", "-w", "stop");
	}

	@Override
	public void close() {
		for (String server : List.of("replica", "primary")) {
			Path data = this.directory.resolve(server);
			if (Files.exists(data.resolve("postmaster.pid"))) {
				try {
					run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
				}
				catch (Exception ex) {
					logger.warn("Could not stop the test {}", server, ex);
				}
			}
		}
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not remove {}", this.directory, ex);
		}
	}

	private String settings(int port, Path data) {
		return "\nport = %d\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nshared_buffers = 16MB\n"
			.formatted(port, data);
	}

	private void run(String tool, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		if (PgBouncer.isRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(this.bin + "/" + tool);
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile("heroes-" + tool, ".log");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException(tool + " failed: " + Files.readString(output));
			}
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

}
