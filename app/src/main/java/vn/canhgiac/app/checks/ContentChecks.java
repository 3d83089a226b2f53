package vn.canhgiac.app.checks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContentChecks {

	private static final RowMapper<ContentCheck> ROW = ContentChecks::map;

	/** Identifies this process in claims, so a stuck claim can be traced to a node. */
	static final String NODE = nodeName();

	private final JdbcClient jdbc;

	ContentChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, CheckKind kind, CheckStatus status, @Nullable Long requestedBy, UUID evidenceId,
			List<UUID> references) {
		this.jdbc.sql("""
				insert into content_check (id, kind, status, requested_by, evidence_id, reference_ids)
				values (?, ?, ?, ?, ?, ?::uuid[])""")
			.params(id, kind.name(), status.name(), requestedBy, evidenceId,
					"{" + String.join(",", references.stream().map(UUID::toString).toList()) + "}")
			.update();
	}

	Optional<ContentCheck> byId(UUID id) {
		return this.jdbc.sql("select * from content_check where id = ?").param(id).query(ROW).optional();
	}

	List<ContentCheck> recentBy(long accountId, int limit) {
		return this.jdbc.sql("select * from content_check where requested_by = ? order by created_at desc limit ?")
			.params(accountId, limit)
			.query(ROW)
			.list();
	}

	/**
	 * Claims the oldest waiting check, or one whose claim expired because its node died.
	 * SKIP LOCKED lets several workers on several nodes claim different checks without
	 * waiting.
	 */
	Optional<ContentCheck> claimNext(int maxAttempts) {
		return this.jdbc.sql("""
				update content_check set status = 'RUNNING', attempts = attempts + 1, claimed_by = ?,
				       claimed_until = now() + interval '5 minutes'
				where id = (select id from content_check
				            where (status = 'QUEUED' or (status = 'RUNNING' and claimed_until < now()))
				              and attempts < ?
				            order by created_at for update skip locked limit 1)
				returning *""").params(NODE, maxAttempts).query(ROW).optional();
	}

	/**
	 * Checks that ran out of attempts (each attempt crashed its node) are failed, not
	 * retried forever.
	 */
	int failExhausted(int maxAttempts, String vi, String en) {
		return this.jdbc.sql("""
				update content_check set status = 'FAILED', error_vi = ?, error_en = ?, finished_at = now()
				where status = 'RUNNING' and claimed_until < now() and attempts >= ?""")
			.params(vi, en, maxAttempts)
			.update();
	}

	void complete(UUID id, AnalysisOutcome outcome) {
		this.jdbc.sql("""
				update content_check set status = 'DONE', verdict = ?, score = ?, category = ?, report = ?::jsonb,
				       finished_at = now(), claimed_until = null where id = ?""")
			.params(outcome.verdict(), outcome.score(), outcome.category(), outcome.reportJson(), id)
			.update();
	}

	void fail(UUID id, String vi, String en) {
		this.jdbc.sql("""
				update content_check set status = 'FAILED', error_vi = ?, error_en = ?, finished_at = now(),
				       claimed_until = null where id = ?""").params(vi, en, id).update();
	}

	private static ContentCheck map(ResultSet rs, int row) throws SQLException {
		Array references = rs.getArray("reference_ids");
		List<UUID> referenceIds = (references == null) ? List.of() : Arrays.asList((UUID[]) references.getArray());
		return new ContentCheck(rs.getObject("id", UUID.class), CheckKind.valueOf(rs.getString("kind")),
				CheckStatus.valueOf(rs.getString("status")), rs.getObject("requested_by", Long.class),
				rs.getObject("evidence_id", UUID.class), referenceIds, rs.getString("verdict"),
				rs.getObject("score", Double.class), rs.getString("category"), rs.getString("report"),
				rs.getString("error_vi"), rs.getString("error_en"), rs.getTimestamp("created_at").toInstant());
	}

	private static String nodeName() {
		try {
			return InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid();
		}
		catch (UnknownHostException ex) {
			return "node:" + ProcessHandle.current().pid();
		}
	}

}
