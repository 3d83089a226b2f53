package vn.canhgiac.app.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * Appends to the audit trail. An entry joins the caller's transaction, so it exists
 * exactly when the action it records was committed.
 *
 * <p>
 * Never put message texts, image bytes, phone or account numbers in {@code details}:
 * refer to objects by id.
 */
@Service
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an action.
	 * @param actor who acted, or null for the system or an anonymous member of the public
	 * @param action what happened, e.g. {@code case.assign}, {@code evidence.reveal}
	 * @param objectType e.g. {@code case}, {@code evidence}, {@code advisory}
	 * @param objectId the object's id
	 * @param caseRef the case the action belongs to, if any
	 * @param details short key/value facts (ids, statuses, purpose), never personal data
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long record(@Nullable AuthenticatedPerson actor, String action, String objectType, String objectId,
			@Nullable String caseRef, Map<String, String> details) {
		Head head = this.jdbc.sql("select seq, hash from audit_head where id = 1 for update")
			.query((rs, i) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.single();
		AuditEntry entry = new AuditEntry(head.seq() + 1, Instant.now().truncatedTo(ChronoUnit.MICROS),
				(actor != null) ? actor.accountId() : null, (actor != null) ? actor.username() : "system",
				(actor != null) ? String.join(",", new java.util.TreeSet<>(actor.roleNames())) : "", action, objectType,
				objectId, caseRef, canonical(details), head.hash());
		String hash = entry.computeHash();
		this.jdbc.sql("""
				insert into audit_entry (seq, at, actor_id, actor_name, actor_roles, action, object_type, object_id,
				                         case_ref, details, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.seq(), java.sql.Timestamp.from(entry.at()), entry.actorId(), entry.actorName(),
					entry.actorRoles(), entry.action(), entry.objectType(), entry.objectId(), entry.caseRef(),
					entry.details(), entry.prevHash(), hash)
			.update();
		this.jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1").params(entry.seq(), hash).update();
		return entry.seq();
	}

	/** Convenience for actions without details. */
	public long record(@Nullable AuthenticatedPerson actor, String action, String objectType, String objectId) {
		return record(actor, action, objectType, objectId, null, Map.of());
	}

	/**
	 * The entries recorded for a case, oldest first (newest last).
	 * @param caseRef the case reference given to {@code record}
	 */
	public List<AuditRecord> forCase(String caseRef) {
		return this.jdbc.sql("""
				select seq, at, actor_name, actor_roles, action, object_type, object_id, case_ref, details
				from audit_entry where case_ref = ? order by seq""")
			.param(caseRef)
			.query(AuditTrail::auditRecord)
			.list();
	}

	/** The entries recorded about one object, oldest first (newest last). */
	public List<AuditRecord> forObject(String objectType, String objectId) {
		return this.jdbc.sql("""
				select seq, at, actor_name, actor_roles, action, object_type, object_id, case_ref, details
				from audit_entry where object_type = ? and object_id = ? order by seq""")
			.params(objectType, objectId)
			.query(AuditTrail::auditRecord)
			.list();
	}

	private static AuditRecord auditRecord(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String roles = rs.getString("actor_roles");
		return new AuditRecord(rs.getLong("seq"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
				rs.getString("actor_name"), roles.isEmpty() ? List.of() : List.of(roles.split(",")),
				rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
				rs.getString("case_ref"), parseDetails(rs.getString("details")));
	}

	/** The inverse of {@link #canonical(Map)}. */
	static Map<String, String> parseDetails(String canonical) {
		Map<String, String> details = new TreeMap<>();
		if (canonical.isEmpty()) {
			return Collections.unmodifiableMap(details);
		}
		for (String pair : canonical.split("&")) {
			int equals = pair.indexOf('=');
			String key = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			details.put(URLDecoder.decode(key, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return Collections.unmodifiableMap(details);
	}

	static String canonical(Map<String, String> details) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(details).forEach((key, value) -> {
			if (!text.isEmpty()) {
				text.append('&');
			}
			text.append(escape(key)).append('=').append(escape(value));
		});
		return text.toString();
	}

	private static String escape(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String sha256Hex(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Head(long seq, String hash) {
	}

}
