package vn.canhgiac.app.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvidenceObjects {

	private static final RowMapper<EvidenceObject> ROW = (rs, i) -> new EvidenceObject(rs.getObject("id", UUID.class),
			rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("content_type"),
			rs.getString("display_name"), rs.getObject("uploaded_by", Long.class),
			rs.getTimestamp("created_at").toInstant());

	private final JdbcClient jdbc;

	EvidenceObjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String sha256, long size, String contentType, @Nullable String displayName,
			@Nullable Long uploadedBy) {
		this.jdbc.sql("""
				insert into evidence_object (id, sha256, size_bytes, content_type, display_name, uploaded_by)
				values (?, ?, ?, ?, ?, ?)""").params(id, sha256, size, contentType, displayName, uploadedBy).update();
	}

	Optional<EvidenceObject> byId(UUID id) {
		return this.jdbc.sql("select * from evidence_object where id = ?").param(id).query(ROW).optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from evidence_object where id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	long bytesUploadedSince(long accountId, Instant since) {
		return this.jdbc
			.sql("select coalesce(sum(size_bytes), 0) from evidence_object where uploaded_by = ? and created_at >= ?")
			.params(accountId, java.sql.Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	List<EvidenceObject> all() {
		return this.jdbc.sql("select * from evidence_object order by created_at").query(ROW).list();
	}

	void logAccess(UUID id, @Nullable Long accountId, EvidenceAccess action, String purpose) {
		this.jdbc.sql("insert into evidence_access (object_id, account_id, action, purpose) values (?, ?, ?, ?)")
			.params(id, accountId, action.name(), purpose)
			.update();
	}

	long accessCount(UUID id, EvidenceAccess action) {
		return this.jdbc.sql("select count(*) from evidence_access where object_id = ? and action = ?")
			.params(id, action.name())
			.query(Long.class)
			.single();
	}

	List<EvidenceManagement.AccessRecord> accessLog(UUID id) {
		return this.jdbc.sql("""
				select e.at, e.account_id, coalesce(a.username, 'system') as who, e.action, e.purpose
				from evidence_access e left join user_account a on a.id = e.account_id
				where e.object_id = ? order by e.at, e.id""")
			.param(id)
			.query((rs, i) -> new EvidenceManagement.AccessRecord(rs.getTimestamp("at").toInstant(),
					rs.getString("who"), EvidenceAccess.valueOf(rs.getString("action")), rs.getString("purpose")))
			.list();
	}

}
