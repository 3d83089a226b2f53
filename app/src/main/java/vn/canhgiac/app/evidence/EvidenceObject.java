package vn.canhgiac.app.evidence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored piece of evidence. The original bytes never change; {@code sha256} is of those
 * bytes as received.
 */
public record EvidenceObject(UUID id, String sha256, long sizeBytes, String contentType, @Nullable String displayName,
		@Nullable Long uploadedBy, Instant createdAt) {

}
