package vn.canhgiac.app.advisories;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A person on a compliance drill-down or export, with their record.
 */
public record PendingPerson(long personId, String fullName, @Nullable String position, String unitName,
		@Nullable Instant addedAt, @Nullable Instant deliveredAt, @Nullable Instant openedAt,
		@Nullable Instant acknowledgedAt, @Nullable Instant quizPassedAt, int quizAttempts, int reminders) {

}
