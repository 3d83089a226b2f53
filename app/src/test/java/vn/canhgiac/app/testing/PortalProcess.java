package vn.canhgiac.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal ({@code app/target/canhgiac-app.jar}) run as a separate process,
 * the way {@code bin/canhgiac serve} runs it, for tests that crash and restart it. Its
 * output goes to a log file (scanned by {@code LogLeakIT}). Every wait is bounded.
 */
public final class PortalProcess implements AutoCloseable {

	private static final Duration HEALTHY_TIMEOUT = Duration.ofMinutes(6);

	private final Process process;

	private final int port;

	private final Path home;

	private PortalProcess(Process process, int port, Path home) {
		this.process = process;
		this.port = port;
		this.home = home;
	}

	/** The packaged jar, as failsafe tells the test where it is. */
	public static Path jar() {
		Path jar = Path.of(System.getProperty("canhgiac.it.jar", "target/canhgiac-app.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("The packaged portal " + jar.toAbsolutePath()
					+ " is missing: integration tests run after `package` (./mvnw verify)");
		}
		return jar;
	}

	/**
	 * Starts {@code serve} in demo mode on a free port with {@code CANHGIAC_HOME=home},
	 * appending its output to {@code log}, and waits until it reports healthy.
	 */
	public static PortalProcess start(Path home, Path log, Path tmpDir) throws IOException, InterruptedException {
		int port = freePort();
		Files.createDirectories(log.getParent());
		Files.createDirectories(tmpDir);
		ProcessBuilder builder = new ProcessBuilder(javaCommand("-Xmx768m", "-Djava.io.tmpdir=" + tmpDir,
				// the unpacked PostgreSQL binaries stay in the shared cache, as for serve
				"-Dcanhgiac.database.binaries-cache=" + Path.of(System.getProperty("java.io.tmpdir"), "canhgiac"),
				"-jar", jar().toAbsolutePath().toString(), "--server.port=" + port))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		environment(builder, home);
		PortalProcess portal = new PortalProcess(builder.start(), port, home);
		// If the test JVM itself is stopped (timeout, Ctrl-C), take the portal and its
		// PostgreSQL along.
		Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "stop-portal-" + port));
		try {
			portal.awaitHealthy(HEALTHY_TIMEOUT);
		}
		catch (RuntimeException | Error ex) {
			portal.close();
			throw ex;
		}
		return portal;
	}

	/**
	 * Runs a one-off portal command ({@code evidence verify}, …) against {@code home},
	 * appending its output to {@code log} and returning it with the exit code.
	 */
	public static CommandResult command(Path home, Path log, Duration timeout, String... args)
			throws IOException, InterruptedException {
		List<String> command = javaCommand("-Xmx512m", "-jar", jar().toAbsolutePath().toString());
		command.addAll(List.of(args));
		Path output = Files.createTempFile(log.getParent(), "command", ".out");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			environment(builder, home);
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				stopOrphanedPostgres(home);
				throw new AssertionError("`" + String.join(" ", args) + "` did not finish within " + timeout);
			}
			String text = Files.readString(output, StandardCharsets.UTF_8);
			Files.writeString(log, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.APPEND);
			return new CommandResult(process.exitValue(), text);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private static List<String> javaCommand(String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(args));
		return command;
	}

	private static void environment(ProcessBuilder builder, Path home) {
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("CANHGIAC_"));
		builder.environment().put("CANHGIAC_HOME", home.toAbsolutePath().toString());
		builder.environment().put("CANHGIAC_MODE", "demo");
		builder.environment().put("OMP_THREAD_LIMIT", "1");
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	public Path home() {
		return this.home;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** {@code kill -9}: no shutdown hook, no graceful stop, PostgreSQL left orphaned. */
	public void killHard() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			throw new AssertionError("the portal did not die within 60 s of SIGKILL");
		}
	}

	/**
	 * Graceful stop (SIGTERM): the portal shuts its embedded PostgreSQL down, which frees
	 * the home for a one-off command. Falls back to SIGKILL and stopping the orphan.
	 */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(90, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		stopOrphanedPostgres(this.home);
	}

	/** Always safe: kills the portal if it still runs and any PostgreSQL it left. */
	@Override
	public void close() {
		try {
			if (this.process.isAlive()) {
				this.process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			stopOrphanedPostgres(this.home);
		}
	}

	/**
	 * Stops the postmaster of {@code home}'s embedded cluster if one still runs (its pid
	 * is the first line of {@code home/postgres/postmaster.pid}): SIGTERM, then SIGKILL
	 * for it and its children.
	 */
	public static void stopOrphanedPostgres(Path home) {
		Optional<ProcessHandle> postmaster = postmaster(home);
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle handle = postmaster.get();
		List<ProcessHandle> children = handle.descendants().toList();
		handle.destroy();
		try {
			handle.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			handle.destroyForcibly();
		}
		children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	/** The running postmaster of {@code home}'s embedded cluster, if any. */
	public static Optional<ProcessHandle> postmaster(Path home) {
		Path pidFile = home.resolve("postgres").resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
				.filter(ProcessHandle::isAlive)
				.filter((p) -> p.info().command().map((c) -> c.endsWith("/postgres")).orElse(false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The TCP port of {@code home}'s running cluster (line 4 of postmaster.pid). */
	public static int postgresPort(Path home) throws IOException {
		return Integer.parseInt(Files.readAllLines(home.resolve("postgres").resolve("postmaster.pid")).get(3).strip());
	}

	private void awaitHealthy(Duration timeout) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new AssertionError("the portal exited with " + this.process.exitValue() + " while starting");
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the portal was not healthy within " + timeout);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** Exit code and combined output of a one-off command. */
	public record CommandResult(int exitCode, String output) {

	}

}
