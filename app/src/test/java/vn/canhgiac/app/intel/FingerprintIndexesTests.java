package vn.canhgiac.app.intel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory fingerprint index is a cache that other nodes' rows reach (ADR 0110),
 * even a row whose transaction commits after a higher id was already read.
 */
@SpringBootTest
class FingerprintIndexesTests {

	private static final String INSERT = """
			insert into intel_indicator (type, value, first_seen, last_seen, status, tlp)
			values ('image_hash', ?, now(), now(), 'reported', 'clear') returning id""";

	@Autowired
	FingerprintIndexes fingerprints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aHashCommittedLateWithALowerIdIsFoundAfterTheRecheck() throws Exception {
		String late = hex(ThreadLocalRandom.current().nextLong());
		String early = hex(ThreadLocalRandom.current().nextLong());
		try (Connection slow = this.dataSource.getConnection()) {
			slow.setAutoCommit(false);
			long lateId = insert(slow, late);
			long earlyId = this.jdbc.sql(INSERT).param(early).query(Long.class).single();
			assertThat(earlyId).isGreaterThan(lateId);
			assertThat(found(early)).as("another node's row, at once").containsExactly(earlyId);
			slow.commit();
			long deadline = System.nanoTime() + 2 * FingerprintIndexes.RECHECK_EVERY_NANOS + 1_000_000_000L;
			while (found(late).isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(found(late)).containsExactly(lateId);
			assertThat(found(early)).as("never added twice").containsExactly(earlyId);
		}
	}

	private List<Long> found(String hash) {
		List<Long> ids = new ArrayList<>();
		this.fingerprints.near(IndicatorKind.IMAGE_HASH, hash, 0, ids::add);
		return ids;
	}

	private static long insert(Connection connection, String hash) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			statement.setString(1, hash);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static String hex(long value) {
		return String.format("%016x", value);
	}

}
