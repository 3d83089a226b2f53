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
		return new AuditHash().hash(this.seq, this.at.getEpochSecond(), this.at.getNano(), this.actorId, this.actorName,
				this.actorRoles, this.action, this.objectType, this.objectId, this.caseRef, this.details,
				this.prevHash);
	}

}
