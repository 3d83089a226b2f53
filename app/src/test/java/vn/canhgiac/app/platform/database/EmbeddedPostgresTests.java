package vn.canhgiac.app.platform.database;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server keeps its data across restarts and recovers from a JVM that died
 * without stopping it.
 */
class EmbeddedPostgresTests {

	private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "canhgiac");

	@TempDir
	Path home;

	@Test
	void dataSurvivesARestart() throws SQLException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.home, BINARIES)) {
			execute(postgres, "create table note (text text)", "insert into note values ('Cảnh Giác')");
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.home, BINARIES)) {
			assertThat(query(postgres, "select text from note")).isEqualTo("Cảnh Giác");
			assertThat(query(postgres, "show fsync")).isEqualTo("on");
			assertThat(query(postgres, "show synchronous_commit")).isEqualTo("on");
		}
	}

	@Test
	void postmasterLeftByAKilledJvmIsStoppedAndTheDataKept() throws Exception {
		EmbeddedPostgres first = EmbeddedPostgres.start(this.home, BINARIES);
		execute(first, "create table note (text text)", "insert into note values ('kept')");
		long orphanPid = postmasterPid(first);
		// What kill -9 of the JVM leaves behind: the server still running, the pid file
		// in place,
		// and no one holding the home lock (the OS releases it with the process).
		releaseLockOnly(first);

		try (EmbeddedPostgres second = EmbeddedPostgres.start(this.home, BINARIES)) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(query(second, "select text from note")).isEqualTo("kept");
		}
	}

	@Test
	void stalePidFileOfADeadPostmasterIsRemoved() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.home, BINARIES)) {
			execute(postgres, "create table note (text text)");
		}
		Path pidFile = this.home.resolve("postgres/postmaster.pid");
		Files.writeString(pidFile, "999999\n" + this.home + "\n", StandardCharsets.UTF_8);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.home, BINARIES)) {
			assertThat(query(postgres, "select count(*)::text from note")).isEqualTo("0");
		}
	}

	@Test
	void secondProcessOnTheSameHomeIsRefusedWithAClearMessage() {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.home, BINARIES)) {
			assertThatThrownBy(() -> EmbeddedPostgres.start(this.home, BINARIES))
				.hasMessageContaining("Another Cảnh Giác process is using");
		}
	}

	@Test
	void passwordIsRequiredEvenOnLoopback() {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.home, BINARIES)) {
			assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "wrong"))
				.isInstanceOf(SQLException.class);
		}
	}

	private static long postmasterPid(EmbeddedPostgres postgres) throws Exception {
		return Long.parseLong(Files.readAllLines(postgres.dataDirectory().resolve("postmaster.pid")).get(0).strip());
	}

	private static void releaseLockOnly(EmbeddedPostgres postgres) throws Exception {
		var lockField = EmbeddedPostgres.class.getDeclaredField("lock");
		lockField.setAccessible(true);
		((java.nio.channels.FileLock) lockField.get(postgres)).release();
	}

	private static void execute(EmbeddedPostgres postgres, String... statements) throws SQLException {
		try (Connection connection = connect(postgres)) {
			for (String sql : statements) {
				connection.createStatement().execute(sql);
			}
		}
	}

	private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (Connection connection = connect(postgres); ResultSet rs = connection.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
		return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
	}

}
