package vn.canhgiac.app.backup;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

/**
 * Debian's {@code pg_dump} and {@code pg_restore} (package postgresql-client) against the
 * portal's database, embedded or external: the embedded server ships without them (ADR
 * 0100). The client must be at least the server's major version.
 */
final class PostgresTools {

	private static final Duration TIMEOUT = Duration.ofHours(6);

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	private final Path bin;

	private final Target target;

	private PostgresTools(Path bin, Target target) {
		this.bin = bin;
		this.target = target;
	}

	/** Where and as whom to connect; the password goes through PGPASSWORD only. */
	record Target(String host, int port, String database, String user, String password) {

		static Target of(DataSource dataSource) {
			HikariDataSource hikari;
			try {
				hikari = dataSource.unwrap(HikariDataSource.class);
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException("Backup needs the portal's own connection pool (HikariCP)", ex);
			}
			String url = hikari.getJdbcUrl();
			if (url == null || !url.startsWith("jdbc:postgresql://")) {
				throw new IllegalStateException("Backup needs a PostgreSQL database (jdbc:postgresql://…)");
			}
			URI uri = URI.create(url.substring("jdbc:".length()));
			return new Target(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432, uri.getPath().substring(1),
					hikari.getUsername(), (hikari.getPassword() != null) ? hikari.getPassword() : "");
		}

	}

	/**
	 * @param configuredBin a directory with pg_dump and pg_restore, or null to search
	 * PATH and then /usr/lib/postgresql/N/bin (newest first)
	 */
	static PostgresTools find(@Nullable Path configuredBin, DataSource dataSource, int serverMajor) {
		Path bin = (configuredBin != null) ? configuredBin : search();
		if (bin == null || !Files.isExecutable(bin.resolve("pg_dump"))
				|| !Files.isExecutable(bin.resolve("pg_restore"))) {
			throw new BackupFailed(
					"Không tìm thấy pg_dump/pg_restore: cài gói postgresql-client của Debian"
							+ " hoặc đặt CANHGIAC_BACKUP_POSTGRES_BIN",
					"pg_dump/pg_restore not found: install Debian's postgresql-client or set CANHGIAC_BACKUP_POSTGRES_BIN");
		}
		PostgresTools tools = new PostgresTools(bin, Target.of(dataSource));
		int clientMajor = tools.clientMajor();
		if (clientMajor < serverMajor) {
			throw new BackupFailed(
					"pg_dump " + clientMajor + " cũ hơn máy chủ PostgreSQL " + serverMajor + "; cần postgresql-client "
							+ serverMajor + " trở lên",
					"pg_dump " + clientMajor + " is older than the PostgreSQL " + serverMajor
							+ " server; postgresql-client " + serverMajor + " or newer is needed");
		}
		return tools;
	}

	private static @Nullable Path search() {
		String path = System.getenv("PATH");
		if (path != null) {
			for (String dir : path.split(File.pathSeparator)) {
				if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pg_dump"))) {
					return Path.of(dir);
				}
			}
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(debian)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(debian)) {
			return versions.filter((v) -> v.getFileName().toString().matches("\\d+"))
				.max(Comparator.comparingInt((v) -> Integer.parseInt(v.getFileName().toString())))
				.map((v) -> v.resolve("bin"))
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	int clientMajor() {
		String version = run(List.of(this.bin.resolve("pg_dump").toString(), "--version"), Duration.ofSeconds(30));
		Matcher matcher = VERSION.matcher(version);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected pg_dump --version output");
		}
		return Integer.parseInt(matcher.group(1));
	}

	/** A custom-format dump of the database as of {@code snapshot}. */
	void dump(String snapshot, Path out) {
		List<String> command = new ArrayList<>(List.of(this.bin.resolve("pg_dump").toString(), "--format=custom",
				"--no-owner", "--no-privileges", "--snapshot=" + snapshot, "--file=" + out));
		command.addAll(connection());
		run(command, TIMEOUT);
	}

	/** Restores a dump into the (emptied) database, all or nothing. */
	void restore(Path dump) {
		List<String> command = new ArrayList<>(List.of(this.bin.resolve("pg_restore").toString(), "--no-owner",
				"--no-privileges", "--exit-on-error", "--single-transaction"));
		command.addAll(connection());
		command.add(dump.toString());
		run(command, TIMEOUT);
	}

	private List<String> connection() {
		return List.of("--host=" + this.target.host(), "--port=" + this.target.port(),
				"--username=" + this.target.user(), "--dbname=" + this.target.database(), "--no-password");
	}

	private String run(List<String> command, Duration timeout) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", this.target.password());
		builder.environment().put("PGCONNECT_TIMEOUT", "15");
		builder.environment().put("LC_ALL", "C");
		String program = Path.of(command.get(0)).getFileName().toString();
		try {
			Path output = Files.createTempFile("canhgiac-" + program, ".log");
			try {
				builder.redirectOutput(output.toFile());
				Process process = builder.start();
				if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
					throw new BackupFailed(program + " không xong trong " + timeout,
							program + " did not finish within " + timeout);
				}
				String text = Files.readString(output, StandardCharsets.UTF_8).strip();
				if (process.exitValue() != 0) {
					throw new BackupFailed(program + " lỗi (mã " + process.exitValue() + "): " + tail(text),
							program + " failed (exit " + process.exitValue() + "): " + tail(text));
				}
				return text;
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException ex) {
			throw new BackupFailed("Không chạy được " + program, "Could not run " + program + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BackupFailed("Bị ngắt khi chạy " + program, "Interrupted while running " + program);
		}
	}

	/**
	 * The end of the tool's output, without DETAIL and CONTEXT lines, which can quote a
	 * row's values (a duplicate key, a COPY line): evidence metadata never reaches the
	 * console or a log.
	 */
	private static String tail(String text) {
		String kept = text.lines()
			.filter((line) -> !line.strip().startsWith("DETAIL") && !line.strip().startsWith("CONTEXT"))
			.collect(java.util.stream.Collectors.joining("\n"));
		return kept.substring(Math.max(0, kept.length() - 1500));
	}

}
