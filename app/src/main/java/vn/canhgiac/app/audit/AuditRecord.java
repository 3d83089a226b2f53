package vn.canhgiac.app.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail as other modules read it (for example a case timeline).
 *
 * @param seq position in the trail
 * @param at when it was recorded
 * @param actorName the acting login's username, or {@code system}
 * @param actorRoles the actor's role names at the time, sorted
 * @param action what happened, e.g. {@code evidence.reveal}
 * @param objectType e.g. {@code case}
 * @param objectId the object's id
 * @param caseRef the case the action belongs to, if any
 * @param details the key/value facts recorded with it, sorted by key
 */
public record AuditRecord(long seq, Instant at, String actorName, List<String> actorRoles, String action,
		String objectType, String objectId, @Nullable String caseRef, Map<String, String> details) {

}
