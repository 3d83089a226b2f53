package vn.canhgiac.app.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail, as hashed: the hash covers the previous entry's hash and
 * every field, written in one canonical line.
 */
record AuditEntry(long seq, Instant at, @Nullable Long actorId, String actorName, String actorRoles, String action,
		String objectType, String objectId, @Nullable String caseRef, String details, String prevHash) {

	String computeHash() {
		String line = String.join("\u001f", Long.toString(this.seq), Long.toString(this.at.getEpochSecond()),
				Integer.toString(this.at.getNano()), (this.actorId != null) ? this.actorId.toString() : "",
				this.actorName, this.actorRoles, this.action, this.objectType, this.objectId,
				(this.caseRef != null) ? this.caseRef : "", this.details, this.prevHash);
		return AuditTrail.sha256Hex(line);
	}

}
