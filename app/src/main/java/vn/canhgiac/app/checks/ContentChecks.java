package vn.canhgiac.app.checks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.canhgiac.app.platform.NodeName;

@Repository
class ContentChecks {

	private static final RowMapper<ContentCheck> ROW = ContentChecks::map;

	private final JdbcClient jdbc;

	private final Duration lease;

	/** Identifies this node in claims, so a stuck claim can be traced to a node. */
	private final NodeName node;

	ContentChecks(JdbcClient jdbc, NodeName node, @Value("${canhgiac.checks.lease:PT5M}") Duration lease) {
		this.jdbc = jdbc;
		this.node = node;
		this.lease = lease;
	}

	void insert(UUID id, CheckKind kind, CheckStatus status, @Nullable Long requestedBy, UUID evidenceId,
			List<UUID> references) {
		insert(id, kind, status, requestedBy, evidenceId, references, MessageSender.UNKNOWN);
	}

	void insert(UUID id, CheckKind kind, CheckStatus status, @Nullable Long requestedBy, UUID evidenceId,
			List<UUID> references, MessageSender sender) {
		this.jdbc.sql("""
				insert into content_check (id, kind, status, requested_by, evidence_id, reference_ids, sender)
				values (?, ?, ?, ?, ?, ?::uuid[], ?)""")
			.params(id, kind.name(), status.name(), requestedBy, evidenceId,
					"{" + String.join(",", references.stream().map(UUID::toString).toList()) + "}", sender.name())
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
	 * waiting. Each claim gets its own token, so only the latest claimant may record a
	 * result ({@link #complete}).
	 */
	Optional<Claimed> claimNext(int maxAttempts) {
		String token = this.node.value() + "/" + UUID.randomUUID().toString().substring(0, 8);
		return this.jdbc.sql("""
				update content_check set status = 'RUNNING', attempts = attempts + 1, claimed_by = ?,
				       claimed_until = now() + make_interval(secs => ?)
				where id = (select id from content_check
				            where (status = 'QUEUED' or (status = 'RUNNING' and claimed_until < now()))
				              and attempts < ?
				            order by created_at for update skip locked limit 1)
				returning *""")
			.params(token, this.lease.toMillis() / 1000.0, maxAttempts)
			.query(ROW)
			.optional()
			.map((check) -> new Claimed(check, token));
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

	/**
	 * Records the result, unless the check was claimed (then only while {@code claim} is
	 * still its claim: a node that stalled past its lease must not overwrite, or publish
	 * twice, what the node that took over found).
	 * @return whether the result was recorded
	 */
	boolean complete(UUID id, @Nullable String claim, AnalysisOutcome outcome) {
		return this.jdbc.sql("""
				update content_check set status = 'DONE', verdict = ?, score = ?, category = ?, report = ?::jsonb,
				       finished_at = now(), claimed_until = null
				where id = ? and (cast(? as text) is null or (status = 'RUNNING' and claimed_by = ?))""")
			.params(outcome.verdict(), outcome.score(), outcome.category(), outcome.reportJson(), id, claim, claim)
			.update() == 1;
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
				rs.getString("error_vi"), rs.getString("error_en"), rs.getTimestamp("created_at").toInstant(),
				MessageSender.valueOf(rs.getString("sender")));
	}

	/** A check this node claimed, and the claim that proves it is still this node's. */
	record Claimed(ContentCheck check, String claim) {

	}

}
