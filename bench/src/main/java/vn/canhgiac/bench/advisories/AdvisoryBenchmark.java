package vn.canhgiac.bench.advisories;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publication of an advisory to 10,000 people (audience resolution over the unit tree,
 * one record per person, the e-mail outbox) and the compliance dashboard for the whole
 * tree, timed with exactly the statements the portal runs: they are read from
 * {@code vn.canhgiac.app.advisories.AdvisorySql} in {@code app/target/classes} (build the
 * app first). The schema is the portal's own Flyway migrations, applied to a scratch
 * schema that is dropped at the end.
 *
 * <pre>
 * ./mvnw -q -pl app -am compile -Dspring-javaformat.skip=true &amp;&amp; ./mvnw -q -pl bench exec:java \
 *     -Dexec.mainClass=vn.canhgiac.bench.advisories.AdvisoryBenchmark \
 *     -Dbench.url=jdbc:postgresql://127.0.0.1:5432/canhgiac_bench -Dbench.user=canhgiac_ci -Dbench.password=canhgiac_ci
 * # options: -Dbench.recipients=10000 -Dbench.units=1231 -Dbench.rounds=5
 * </pre>
 */
public final class AdvisoryBenchmark {

	private AdvisoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/canhgiac_bench");
		String user = System.getProperty("bench.user", "canhgiac_ci");
		String password = System.getProperty("bench.password", "canhgiac_ci");
		int recipients = Integer.getInteger("bench.recipients", 10_000);
		int rounds = Integer.getInteger("bench.rounds", 5);
		// run from the repository root (./mvnw -pl bench …) or from bench/
		Path app = Path
			.of(System.getProperty("canhgiac.app", Files.isDirectory(Path.of("app/target/classes")) ? "app" : "../app"))
			.toAbsolutePath();
		Sql sql = Sql.load(app.resolve("target/classes"));
		String schema = "bench_advisories_" + Long.toString(System.nanoTime(), 36);
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			try (Statement s = db.createStatement()) {
				s.execute("create schema " + schema);
				s.execute("set search_path to " + schema);
			}
			try {
				migrate(db, app.resolve("src/main/resources/db/migration"));
				long province = seed(db, recipients);
				System.out.printf("Tree: %d units, %d people; PostgreSQL %s%n", count(db, "org_unit"),
						count(db, "person"), db.getMetaData().getDatabaseProductVersion());

				double[] publish = new double[rounds];
				long advisory = 0;
				for (int round = 0; round < rounds; round++) {
					advisory = insertAdvisory(db, "B-" + round + "/BENCH", province);
					long start = System.nanoTime();
					int added = publish(db, sql, advisory);
					publish[round] = (System.nanoTime() - start) / 1e6;
					if (added != recipients) {
						throw new IllegalStateException("resolved " + added + " people, expected " + recipients);
					}
				}
				spread(db, advisory);
				try (Statement s = db.createStatement()) {
					s.execute("analyze");
				}
				long last = advisory;
				double[] whole = time(db, 30, () -> dashboard(db, sql, last, null));
				double[] fromProvince = time(db, 30, () -> dashboard(db, sql, last, province));
				Arrays.sort(publish);
				System.out.println();
				System.out.println("| measure | median | worst | goal |");
				System.out.println("|---|---|---|---|");
				System.out.printf(
						"| publication to %,d people (resolve audience + records + mail outbox, commit) "
								+ "| %.0f ms | %.0f ms | ≤ 5,000 ms |%n",
						recipients, publish[rounds / 2], publish[rounds - 1]);
				System.out.printf(
						"| compliance dashboard, whole tree (per-unit rows + first 200 pending) "
								+ "| %.1f ms | %.1f ms (p95 %.1f) | ≤ 200 ms |%n",
						whole[whole.length / 2], whole[whole.length - 1], whole[whole.length * 95 / 100]);
				System.out.printf(
						"| compliance dashboard from the province unit (rows + direct + pending) "
								+ "| %.1f ms | %.1f ms (p95 %.1f) | ≤ 200 ms |%n",
						fromProvince[fromProvince.length / 2], fromProvince[fromProvince.length - 1],
						fromProvince[fromProvince.length * 95 / 100]);
			}
			finally {
				db.setAutoCommit(true);
				try (Statement s = db.createStatement()) {
					s.execute("drop schema " + schema + " cascade");
				}
			}
		}
	}

	/** The portal's statements, read from its compiled classes. */
	record Sql(String resolveAudience, String breakdown, String direct, String people) {

		static Sql load(Path classes) throws Exception {
			try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
					AdvisoryBenchmark.class.getClassLoader())) {
				Class<?> type = loader.loadClass("vn.canhgiac.app.advisories.AdvisorySql");
				return new Sql((String) type.getField("RESOLVE_AUDIENCE").get(null),
						(String) type.getField("BREAKDOWN").get(null), (String) type.getField("DIRECT").get(null),
						(String) type.getField("PEOPLE").get(null));
			}
		}

	}

	private static void migrate(Connection db, Path migrations) throws Exception {
		Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
		List<Path> files;
		try (Stream<Path> list = Files.list(migrations)) {
			files = list.filter((p) -> version.matcher(p.getFileName().toString()).matches())
				.sorted(Comparator.comparingInt((Path p) -> {
					Matcher m = version.matcher(p.getFileName().toString());
					m.matches();
					return Integer.parseInt(m.group(1));
				}))
				.toList();
		}
		try (Statement s = db.createStatement()) {
			for (Path file : files) {
				s.execute(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
	}

	/**
	 * A province with 30 districts or communes, 10 agencies each and 3 departments per
	 * agency; people spread over all units; every tenth person with an account.
	 */
	private static long seed(Connection db, int people) throws Exception {
		int districts = Integer.getInteger("bench.districts", 30);
		db.setAutoCommit(false);
		List<Long> units = new ArrayList<>();
		long province = insertUnit(db, null, "P", "Tỉnh Thử nghiệm", "PROVINCE");
		units.add(province);
		for (int d = 0; d < districts; d++) {
			long district = insertUnit(db, province, "D" + d, "Xã " + d, "COMMUNE");
			units.add(district);
			for (int a = 0; a < 10; a++) {
				long agency = insertUnit(db, district, "D" + d + "A" + a, "Cơ quan " + d + "." + a, "AGENCY");
				units.add(agency);
				for (int p = 0; p < 3; p++) {
					units.add(insertUnit(db, agency, "D" + d + "A" + a + "P" + p, "Phòng " + d + "." + a + "." + p,
							"DEPARTMENT"));
				}
			}
		}
		try (PreparedStatement person = db
			.prepareStatement("insert into person (unit_id, full_name, email) values (?, ?, ?)")) {
			for (int i = 0; i < people; i++) {
				person.setLong(1, units.get(i % units.size()));
				person.setString(2, "Cán bộ " + i);
				person.setString(3, "canbo" + i + "@bench.test");
				person.addBatch();
			}
			person.executeBatch();
		}
		try (Statement s = db.createStatement()) {
			s.execute("""
					insert into user_account (username, person_id, password_hash)
					select 'u' || id, id, 'x' from person where id % 10 = 0""");
			s.execute("insert into account_role (account_id, role) select id, 'STAFF' from user_account");
		}
		db.commit();
		return province;
	}

	private static long insertUnit(Connection db, Long parent, String code, String name, String kind) throws Exception {
		try (PreparedStatement s = db
			.prepareStatement("insert into org_unit (parent_id, code, name, kind) values (?, ?, ?, ?) returning id")) {
			s.setObject(1, parent);
			s.setString(2, code);
			s.setString(3, name);
			s.setString(4, kind);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static long insertAdvisory(Connection db, String number, long province) throws Exception {
		try (PreparedStatement s = db.prepareStatement("""
				insert into advisory (number, title, status, author_account_id, author_name, audience_units,
				                      quiz_pass_percent, created_at, updated_at)
				values (?, 'Benchmark', 'REVIEW', 1, 'bench', ?, 67, now(), now()) returning id""")) {
			s.setString(1, number);
			s.setArray(2, db.createArrayOf("bigint", new Long[] { province }));
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				long id = rs.getLong(1);
				db.commit();
				return id;
			}
		}
	}

	/** What {@code Advisories.publish} does in its transaction, minus the audit entry. */
	private static int publish(Connection db, Sql sql, long advisory) throws Exception {
		Timestamp now = Timestamp.from(Instant.now());
		try (PreparedStatement s = db.prepareStatement("""
				update advisory set status = 'PUBLISHED', publisher_account_id = 2, published_at = ?, updated_at = ?
				where id = ? and status = 'REVIEW'""")) {
			s.setTimestamp(1, now);
			s.setTimestamp(2, now);
			s.setLong(3, advisory);
			s.executeUpdate();
		}
		int added;
		try (PreparedStatement s = db.prepareStatement(sql.resolveAudience())) {
			s.setLong(1, advisory);
			s.setLong(2, advisory);
			s.setTimestamp(3, now);
			s.setBoolean(4, false);
			s.setObject(5, null, java.sql.Types.BIGINT);
			s.setObject(6, null, java.sql.Types.BIGINT);
			added = s.executeUpdate();
		}
		try (PreparedStatement s = db.prepareStatement("""
				insert into advisory_mail (advisory_id, person_id, kind, created_at)
				select r.advisory_id, r.person_id, 'PUBLISHED', ?
				from advisory_recipient r join person p on p.id = r.person_id
				where r.advisory_id = ? and p.email is not null""")) {
			s.setTimestamp(1, now);
			s.setLong(2, advisory);
			s.executeUpdate();
		}
		db.commit();
		return added;
	}

	/**
	 * A realistic spread: 80 % delivered, 65 % opened, 50 % acknowledged, 40 % passed.
	 */
	private static void spread(Connection db, long advisory) throws Exception {
		try (Statement s = db.createStatement()) {
			s.execute("select setseed(0.183)");
			s.execute("""
					with r as (select person_id, random() as x from advisory_recipient where advisory_id = %d)
					update advisory_recipient a set
					    delivered_at = case when r.x < 0.80 then now() end,
					    opened_at = case when r.x < 0.65 then now() end,
					    acknowledged_at = case when r.x < 0.50 then now() end,
					    quiz_passed_at = case when r.x < 0.40 then now() end
					from r where a.advisory_id = %d and a.person_id = r.person_id""".formatted(advisory, advisory));
		}
		db.commit();
	}

	/**
	 * What the dashboard page queries: per-unit rows, direct members, first 200 pending.
	 */
	private static void dashboard(Connection db, Sql sql, long advisory, Long root) throws Exception {
		try (PreparedStatement s = db.prepareStatement(sql.breakdown())) {
			s.setObject(1, root, java.sql.Types.BIGINT);
			s.setLong(2, advisory);
			drain(s);
		}
		if (root != null) {
			try (PreparedStatement s = db.prepareStatement(sql.direct())) {
				s.setLong(1, advisory);
				s.setLong(2, root);
				drain(s);
			}
		}
		try (PreparedStatement s = db.prepareStatement(sql.people())) {
			s.setObject(1, root, java.sql.Types.BIGINT);
			s.setLong(2, advisory);
			s.setObject(3, root, java.sql.Types.BIGINT);
			s.setBoolean(4, true);
			s.setInt(5, 200);
			drain(s);
		}
		db.commit();
	}

	private static void drain(PreparedStatement s) throws Exception {
		try (ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				rs.getObject(1);
			}
		}
	}

	interface Step {

		void run() throws Exception;

	}

	private static double[] time(Connection db, int rounds, Step step) throws Exception {
		for (int i = 0; i < 5; i++) {
			step.run();
		}
		double[] ms = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			step.run();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}

	private static long count(Connection db, String table) throws Exception {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
