package vn.canhgiac.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;

import vn.canhgiac.app.audit.AuditVerificationResult.Problem;
import vn.canhgiac.app.audit.AuditVerificationResult.Problem.Kind;

/**
 * Streams the whole trail in seq order through a server-side cursor and recomputes the
 * chain: each entry's hash from its content, its link to the previous entry, no gaps, the
 * head row, and the hashes at the given checkpoints. Plain JDBC and the JDK only (the
 * benchmark runs it outside Spring). The caller provides a connection in a read-only
 * repeatable-read transaction, so the walk sees one snapshot.
 */
final class ChainWalk {

	static final int FETCH_SIZE = 20_000;

	private static final String GENESIS = "0".repeat(64);

	private ChainWalk() {
	}

	/**
	 * @param checkpoints expected hash per seq (only signature-checked checkpoints)
	 * @return entries read, last seq
	 */
	static Summary run(Connection connection, Map<Long, String> checkpoints, Consumer<Problem> problems)
			throws SQLException {
		AuditHash hasher = new AuditHash();
		long count = 0;
		long lastSeq = 0;
		String lastHash = GENESIS;
		try (PreparedStatement statement = connection.prepareStatement("""
				select seq, (extract(epoch from at) * 1000000)::bigint, actor_id, actor_name, actor_roles, action,
				       object_type, object_id, case_ref, details, prev_hash, hash
				from audit_entry order by seq""", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
			statement.setFetchSize(FETCH_SIZE);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					long seq = rs.getLong(1);
					long micros = rs.getLong(2);
					long actor = rs.getLong(3);
					Long actorId = rs.wasNull() ? null : actor;
					String prevHash = rs.getString(11);
					String hash = rs.getString(12);
					String computed = hasher.hash(seq, Math.floorDiv(micros, 1_000_000L),
							(int) Math.floorMod(micros, 1_000_000L) * 1000, actorId, rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
							prevHash);
					boolean gap = seq != lastSeq + 1;
					if (gap) {
						problems.accept(Problem.of(Kind.MISSING, lastSeq + 1, seq - 1));
					}
					if (!computed.equals(hash)) {
						problems.accept(Problem.of(Kind.EDITED, seq, 0));
					}
					if (!gap && !prevHash.equals(lastHash)) {
						problems.accept(Problem.of(Kind.BROKEN_LINK, seq, 0));
					}
					String expected = checkpoints.get(seq);
					if (expected != null && !expected.equals(hash)) {
						problems.accept(Problem.of(Kind.CHECKPOINT_MISMATCH, seq, 0));
					}
					count++;
					lastSeq = seq;
					lastHash = hash;
				}
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select seq, hash from audit_head where id = 1")) {
			if (!rs.next()) {
				problems.accept(Problem.of(Kind.HEAD_MISMATCH, 0, lastSeq));
			}
			else if (rs.getLong(1) != lastSeq || !rs.getString(2).equals(lastHash)) {
				problems.accept(Problem.of(Kind.HEAD_MISMATCH, rs.getLong(1), lastSeq));
			}
		}
		long maxCheckpoint = checkpoints.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
		if (maxCheckpoint > lastSeq) {
			problems.accept(Problem.of(Kind.TRUNCATED, maxCheckpoint, lastSeq));
		}
		return new Summary(count, lastSeq);
	}

	record Summary(long entries, long lastSeq) {
	}

}
