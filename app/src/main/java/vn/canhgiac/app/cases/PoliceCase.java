package vn.canhgiac.app.cases;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case as the police work it. */
public record PoliceCase(UUID id, String ref, UUID reportId, @Nullable Long stationId, CaseStatus status,
		String category, @Nullable CaseSeverity severity, @Nullable Long assigneeId, @Nullable String assigneeName,
		@Nullable String resolution, @Nullable UUID mergedInto, Instant createdAt, Instant updatedAt,
		@Nullable Instant firstActionAt, @Nullable Instant closedAt) {

}
