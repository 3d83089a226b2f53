package vn.canhgiac.bench.audit;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Verification time of the audit trail with a million entries. Loads the audit classes
 * from {@code app/target/classes} (exactly the shipped canonical form and verifier),
 * starts the portal's embedded PostgreSQL in a temporary home (or uses
 * {@code -Dcanhgiac.jdbc=URL -Dcanhgiac.jdbc.user=… -Dcanhgiac.jdbc.password=…}, where it
 * works in a schema {@code audit_bench} that it drops first), creates the audit tables
 * from the migrations, COPYs N valid chained entries, signs a checkpoint at the last one,
 * and times {@code AuditVerification.verify} (cold, then warm runs). Finally edits one
 * entry behind the triggers' back and checks that verification finds it.
 *
 * <pre>
 * ./mvnw -q -o -pl app -am compile &amp;&amp; ./mvnw -q -o -pl bench compile exec:java \
 *     -Dexec.mainClass=vn.canhgiac.bench.audit.AuditVerificationBenchmark -Dexec.args=1000000
 * </pre>
 */
public final class AuditVerificationBenchmark {

	private static final String[] ACTIONS = { "evidence.view", "evidence.reveal", "case.assign", "case.note",
			"report.submit", "case.status", "evidence.download", "account.login" };

	private static final String[] OBJECTS = { "evidence", "case", "report", "account" };

	private static final int CHUNK = 50_000;

	private AuditVerificationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		int warmRuns = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		Path app = Path
			.of(System.getProperty("canhgiac.app",
					Files.isDirectory(Path.of("app/target/classes")) ? "app/target/classes" : "../app/target/classes"))
			.toAbsolutePath();
		Path home = Files.createTempDirectory("canhgiac-audit-bench");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { app.toUri().toURL() },
				AuditVerificationBenchmark.class.getClassLoader())) {
			AutoCloseable postgres = null;
			String url = System.getProperty("canhgiac.jdbc");
			String user = System.getProperty("canhgiac.jdbc.user", "");
			String password = System.getProperty("canhgiac.jdbc.password", "");
			if (url == null) {
				Class<?> embedded = loader.loadClass("vn.canhgiac.app.platform.database.EmbeddedPostgres");
				postgres = (AutoCloseable) embedded.getMethod("start", Path.class, Path.class)
					.invoke(null, home, Path.of(System.getProperty("java.io.tmpdir"), "canhgiac"));
				url = (String) embedded.getMethod("jdbcUrl").invoke(postgres);
				user = (String) embedded.getMethod("username").invoke(postgres);
				password = (String) embedded.getMethod("password").invoke(postgres);
			}
			try {
				run(loader, app, home, url, user, password, count, warmRuns);
			}
			finally {
				if (postgres != null) {
					postgres.close();
				}
			}
		}
		finally {
			deleteTree(home);
		}
	}

	private static void run(ClassLoader loader, Path app, Path home, String url, String user, String password,
			int count, int warmRuns) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists audit_bench cascade");
				statement.execute("create schema audit_bench");
				statement.execute("set search_path = audit_bench");
				for (String migration : List.of("V20__audit.sql", "V22__audit_checkpoints.sql")) {
					statement.execute(Files.readString(app.resolve("db/migration").resolve(migration)));
				}
			}
			long start = System.nanoTime();
			String head = load(loader, connection, count);
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table audit_head disable trigger user");
				statement.execute("update audit_head set seq = " + count + ", hash = '" + head + "' where id = 1");
				statement.execute("alter table audit_head enable trigger user");
				statement.execute("vacuum analyze audit_entry");
			}
			System.out.printf("loaded %,d chained entries in %.1f s (%s)%n", count, loadSeconds,
					size(connection, "audit_entry"));
			Path checkpoints = home.resolve("checkpoints.jsonl");
			Files.writeString(checkpoints, signedCheckpoint(loader, home, count, head) + "\n", StandardCharsets.UTF_8);

			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setURL(url);
			dataSource.setUser(user);
			dataSource.setPassword(password);
			dataSource.setCurrentSchema("audit_bench");
			Object verification = verification(loader, dataSource, home);
			Method verify = verification.getClass().getMethod("verify", Path.class);

			double cold = time(verify, verification, checkpoints, count, 0);
			System.out.printf("verification, first run: %.2f s%n", cold);
			double[] warm = new double[warmRuns];
			for (int i = 0; i < warmRuns; i++) {
				warm[i] = time(verify, verification, checkpoints, count, 0);
			}
			Arrays.sort(warm);
			System.out.printf("verification, %d further runs: median %.2f s, max %.2f s (%,.0f entries/s)%n", warmRuns,
					warm[warmRuns / 2], warm[warmRuns - 1], count / warm[warmRuns / 2]);

			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table audit_entry disable trigger user");
				statement.execute("update audit_entry set details = details || '&x=1' where seq = " + (count / 2));
				statement.execute("alter table audit_entry enable trigger user");
			}
			time(verify, verification, checkpoints, count, 1);
			System.out.println("one edited entry in the middle: detected");
		}
	}

	/** COPYs the chained entries in chunks; returns the last hash. */
	private static String load(ClassLoader loader, Connection connection, int count) throws Exception {
		Class<?> hashType = loader.loadClass("vn.canhgiac.app.audit.AuditHash");
		Constructor<?> constructor = hashType.getDeclaredConstructor();
		constructor.setAccessible(true);
		Object hasher = constructor.newInstance();
		Method hash = hashType.getDeclaredMethod("hash", long.class, long.class, int.class, Long.class, String.class,
				String.class, String.class, String.class, String.class, String.class, String.class, String.class);
		hash.setAccessible(true);
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		Instant base = Instant.parse("2026-01-01T00:00:00Z");
		String prev = "0".repeat(64);
		StringBuilder chunk = new StringBuilder(CHUNK * 400);
		for (long seq = 1; seq <= count; seq++) {
			Instant at = base.plusNanos(seq * 1_234_567_000L);
			Long actorId = (seq % 4 == 0) ? null : (seq % 997);
			String actorName = (actorId == null) ? "system" : "user" + actorId;
			String roles = (actorId == null) ? "" : ((seq % 3 == 0) ? "POLICE_ADMIN,POLICE_OFFICER" : "STAFF");
			String action = ACTIONS[(int) (seq % ACTIONS.length)];
			String objectType = OBJECTS[(int) (seq % OBJECTS.length)];
			String objectId = Long.toString(seq % 50_000);
			String caseRef = (seq % 3 == 0) ? "CA-2026-" + (seq % 9973) : null;
			String details = "purpose=xem+x%C3%A9t+h%E1%BB%93+s%C6%A1&status=investigating&unit=" + (seq % 211);
			String h = (String) hash.invoke(hasher, seq, at.getEpochSecond(), at.getNano(), actorId, actorName, roles,
					action, objectType, objectId, caseRef, details, prev);
			chunk.append(seq)
				.append('\t')
				.append(at)
				.append('\t')
				.append((actorId == null) ? "\\N" : actorId.toString())
				.append('\t')
				.append(actorName)
				.append('\t')
				.append(roles)
				.append('\t')
				.append(action)
				.append('\t')
				.append(objectType)
				.append('\t')
				.append(objectId)
				.append('\t')
				.append((caseRef == null) ? "\\N" : caseRef)
				.append('\t')
				.append(details)
				.append('\t')
				.append(prev)
				.append('\t')
				.append(h)
				.append('\n');
			prev = h;
			if (seq % CHUNK == 0 || seq == count) {
				copy.copyIn(
						"copy audit_entry (seq, at, actor_id, actor_name, actor_roles, action, object_type, "
								+ "object_id, case_ref, details, prev_hash, hash) from stdin",
						new StringReader(chunk.toString()));
				chunk.setLength(0);
			}
		}
		return prev;
	}

	private static String signedCheckpoint(ClassLoader loader, Path home, long seq, String hash) throws Exception {
		Class<?> keyType = loader.loadClass("vn.canhgiac.app.audit.AuditSigningKey");
		Method load = keyType.getDeclaredMethod("load", Path.class, String.class);
		load.setAccessible(true);
		Object key = load.invoke(null, home, null);
		Method sign = keyType.getDeclaredMethod("sign", String.class);
		sign.setAccessible(true);
		Class<?> checkpointType = loader.loadClass("vn.canhgiac.app.audit.AuditCheckpoint");
		Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		Constructor<?> constructor = checkpointType.getConstructor(long.class, String.class, Instant.class,
				String.class);
		String text = (String) checkpointType.getMethod("signedText")
			.invoke(constructor.newInstance(seq, hash, at, ""));
		Object checkpoint = constructor.newInstance(seq, hash, at, sign.invoke(key, text));
		return (String) checkpointType.getMethod("toJson").invoke(checkpoint);
	}

	private static Object verification(ClassLoader loader, PGSimpleDataSource dataSource, Path home) throws Exception {
		Class<?> runMode = loader.loadClass("vn.canhgiac.app.platform.RunMode");
		Object demo = Arrays.stream(runMode.getEnumConstants())
			.filter((constant) -> constant.toString().equalsIgnoreCase("demo"))
			.findFirst()
			.orElseThrow();
		Object platform = loader.loadClass("vn.canhgiac.app.platform.CanhGiacProperties")
			.getConstructor(Path.class, runMode, String.class)
			.newInstance(home, demo, "");
		Class<?> propertiesType = loader.loadClass("vn.canhgiac.app.audit.AuditProperties");
		Constructor<?> properties = propertiesType.getDeclaredConstructor(String.class, Path.class, Duration.class);
		properties.setAccessible(true);
		Class<?> type = loader.loadClass("vn.canhgiac.app.audit.AuditVerification");
		Constructor<?> constructor = type.getDeclaredConstructor(javax.sql.DataSource.class, platform.getClass(),
				propertiesType);
		constructor.setAccessible(true);
		return constructor.newInstance(dataSource, platform, properties.newInstance(null, null, Duration.ofHours(1)));
	}

	/** One verification; checks the entry count and the number of problems. */
	private static double time(Method verify, Object verification, Path checkpoints, long count, long problems)
			throws Exception {
		long start = System.nanoTime();
		Object result = verify.invoke(verification, checkpoints);
		double seconds = (System.nanoTime() - start) / 1e9;
		long entries = (Long) result.getClass().getMethod("entries").invoke(result);
		long found = (Long) result.getClass().getMethod("problemCount").invoke(result);
		int checked = (Integer) result.getClass().getMethod("checkpointsChecked").invoke(result);
		if (entries != count || found != problems || checked != 1) {
			throw new IllegalStateException("unexpected result: " + entries + " entries, " + found + " problems, "
					+ checked + " checkpoints: " + result);
		}
		return seconds;
	}

	private static String size(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("select pg_size_pretty(pg_total_relation_size('" + table + "'::regclass))")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void deleteTree(Path root) throws java.io.IOException {
		if (!Files.exists(root)) {
			return;
		}
		List<Path> paths = new ArrayList<>();
		try (var walk = Files.walk(root)) {
			walk.forEach(paths::add);
		}
		for (int i = paths.size() - 1; i >= 0; i--) {
			Files.deleteIfExists(paths.get(i));
		}
	}

}
