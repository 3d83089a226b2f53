package vn.canhgiac.app.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server owned by this process, with its data kept under the home directory
 * across restarts.
 *
 * <p>
 * Why our own instead of a test library: the data must survive restarts with
 * {@code fsync=on}, a postmaster orphaned by a {@code kill -9} of the JVM must be stopped
 * rather than fail with "postmaster.pid already exists", and the server must run when the
 * portal runs as root (PostgreSQL refuses uid 0; an unprivileged user namespace gives it
 * a non-root uid while the files stay the caller's). See ADR 0002.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	static final String DATABASE = "canhgiac";

	static final String USER = "canhgiac";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private final Path binaries;

	private final Path dataDir;

	private final Path logFile;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final String password;

	private final int port;

	private EmbeddedPostgres(Path binaries, Path dataDir, Path logFile, FileChannel lockChannel, FileLock lock,
			String password, int port) {
		this.binaries = binaries;
		this.dataDir = dataDir;
		this.logFile = logFile;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.password = password;
		this.port = port;
	}

	/**
	 * Starts the server for {@code home}, creating the cluster on first use.
	 * @param home the portal's home directory; the cluster lives in {@code home/postgres}
	 * @param binariesCache where the server binaries are unpacked (shared between homes)
	 */
	public static EmbeddedPostgres start(Path home, Path binariesCache) {
		try {
			Files.createDirectories(home);
			FileChannel channel = FileChannel.open(home.resolve("postgres.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("Another Cảnh Giác process is using " + home.toAbsolutePath()
						+ " (CANHGIAC_HOME). Stop it, or give this one another CANHGIAC_HOME.");
			}
			try {
				return startLocked(home, binariesCache, channel, lock);
			}
			catch (RuntimeException ex) {
				lock.release();
				channel.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	private static EmbeddedPostgres startLocked(Path home, Path binariesCache, FileChannel channel, FileLock lock)
			throws IOException {
		Path binaries = PostgresBinaries.unpack(binariesCache);
		Path dataDir = home.resolve("postgres");
		Path logFile = home.resolve("postgres.log");
		String password = passwordOf(home);
		if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
			initdb(binaries, home, dataDir, password);
		}
		stopOrphan(dataDir);
		int port = freePort();
		run(binaries, Duration.ofSeconds(90), "pg_ctl", "-D", dataDir.toString(), "-l", logFile.toString(), "-w", "-t",
				"60", "-o", serverOptions(port), "start");
		EmbeddedPostgres postgres = new EmbeddedPostgres(binaries, dataDir, logFile, channel, lock, password, port);
		postgres.createDatabaseIfMissing();
		log.info("Embedded PostgreSQL {} running on 127.0.0.1:{} with data in {}", PostgresBinaries.VERSION, port,
				dataDir.toAbsolutePath());
		return postgres;
	}

	/**
	 * Durability settings are explicit: the data here is evidence, so every commit is
	 * flushed.
	 */
	private static String serverOptions(int port) {
		return String.join(" ", "-p " + port, "-c listen_addresses=127.0.0.1", "-c unix_socket_directories=''",
				"-c fsync=on", "-c synchronous_commit=on", "-c full_page_writes=on", "-c max_connections=100");
	}

	private static void initdb(Path binaries, Path home, Path dataDir, String password) throws IOException {
		Path staging = home.resolve("postgres.initdb");
		PostgresBinaries.deleteRecursively(staging);
		Path pwfile = Files.createTempFile(home, "pw", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(pwfile, password, StandardCharsets.UTF_8);
			run(binaries, Duration.ofMinutes(3), "initdb", "-D", staging.toString(), "-U", USER, "--pwfile",
					pwfile.toString(), "-A", "scram-sha-256", "-E", "UTF8", "--locale=C");
		}
		finally {
			Files.deleteIfExists(pwfile);
		}
		// The cluster only appears under its final name once initdb has completed, so an
		// interrupted first start is simply redone.
		Files.move(staging, dataDir);
	}

	/**
	 * A postmaster left running by a JVM that was killed keeps the data directory locked.
	 * We hold the home lock, so no live portal owns it: stop it (fast shutdown) before
	 * starting our own.
	 */
	static void stopOrphan(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> postmaster = postmasterOf(pidFile);
		if (postmaster.isEmpty()) {
			log.info("Removing stale {} (no such postmaster is running)", pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("Stopping PostgreSQL (pid {}) left running by an earlier process", postmaster.get().pid());
		signal(postmaster.get(), "INT");
		if (!waitForExit(postmaster.get(), STOP_TIMEOUT)) {
			signal(postmaster.get(), "KILL");
			waitForExit(postmaster.get(), Duration.ofSeconds(10));
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((c) -> c.endsWith("/postgres")).orElse(false));
	}

	private static void signal(ProcessHandle process, String signal) {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (process.isAlive() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !process.isAlive();
	}

	private static String passwordOf(Path home) throws IOException {
		Path file = home.resolve("postgres.password");
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return password;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, this.password)) {
			try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				exists.setString(1, DATABASE);
				if (exists.executeQuery().next()) {
					return;
				}
			}
			try (var create = connection.createStatement()) {
				create.execute("create database " + DATABASE);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database in the embedded PostgreSQL", ex);
		}
	}

	static void run(Path binaries, Duration timeout, String program, String... args) {
		List<String> command = new ArrayList<>(UserNamespace.prefixForPostgres());
		command.add(binaries.resolve("bin").resolve(program).toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("LC_ALL", "C");
		try {
			Process process = builder.start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(program + " did not finish within " + timeout);
			}
			if (process.exitValue() != 0) {
				String text = new String(output, StandardCharsets.UTF_8).strip();
				throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): "
						+ text.substring(Math.max(0, text.length() - 2000)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + program, ex);
		}
	}

	public String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	public String username() {
		return USER;
	}

	public String password() {
		return this.password;
	}

	public Path dataDirectory() {
		return this.dataDir;
	}

	public Path logFile() {
		return this.logFile;
	}

	/**
	 * Fast shutdown (open transactions roll back, committed data is on disk), then
	 * unlock.
	 */
	@Override
	public void close() {
		try {
			Optional<ProcessHandle> postmaster = postmasterOf(this.dataDir.resolve("postmaster.pid"));
			if (postmaster.isPresent()) {
				signal(postmaster.get(), "INT");
				if (!waitForExit(postmaster.get(), STOP_TIMEOUT)) {
					log.warn("PostgreSQL did not stop within {}; it will be stopped on the next start", STOP_TIMEOUT);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly", ex);
		}
		finally {
			try {
				this.lock.release();
				this.lockChannel.close();
			}
			catch (IOException ex) {
				log.debug("Releasing the home lock failed", ex);
			}
		}
	}

	Path binaries() {
		return this.binaries;
	}

}
