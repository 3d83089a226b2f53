package vn.canhgiac.app.advisories;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One person's record for one advisory: when it reached them, when they first opened it,
 * acknowledged it and passed its quiz.
 */
public record Receipt(long advisoryId, long personId, long unitId, Instant addedAt, boolean late,
		@Nullable Instant deliveredAt, @Nullable Instant openedAt, @Nullable Instant acknowledgedAt,
		@Nullable Instant quizPassedAt, int quizAttempts, @Nullable Integer quizBest, int reminders) {

	public boolean acknowledged() {
		return this.acknowledgedAt != null;
	}

	public boolean quizPassed() {
		return this.quizPassedAt != null;
	}

}
