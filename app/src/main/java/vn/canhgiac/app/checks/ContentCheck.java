package vn.canhgiac.app.checks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One check and, when done, its verdict and the engine's report (JSON, in the contract of
 * DESIGN.md §2). {@code sender} is where a pasted message came from, unknown for
 * everything else.
 */
public record ContentCheck(UUID id, CheckKind kind, CheckStatus status, @Nullable Long requestedBy, UUID evidenceId,
		List<UUID> referenceIds, @Nullable String verdict, @Nullable Double score, @Nullable String category,
		@Nullable String reportJson, @Nullable String errorVi, @Nullable String errorEn, Instant createdAt,
		MessageSender sender) {

}
