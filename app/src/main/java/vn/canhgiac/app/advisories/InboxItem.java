package vn.canhgiac.app.advisories;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An advisory as it appears in a person's inbox, with their own record of it.
 */
public record InboxItem(long advisoryId, @Nullable String number, String title, String subject, Severity severity,
		@Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn, AdvisoryStatus status, boolean hasQuiz,
		Receipt receipt) {

	/**
	 * Still to do: not yet acknowledged, or the quiz not yet passed.
	 */
	public boolean owed() {
		return this.status == AdvisoryStatus.PUBLISHED
				&& (!this.receipt.acknowledged() || (this.hasQuiz && !this.receipt.quizPassed()));
	}

	public boolean needsQuizOnly() {
		return this.receipt.acknowledged() && this.hasQuiz && !this.receipt.quizPassed();
	}

}
