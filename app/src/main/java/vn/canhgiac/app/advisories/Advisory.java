package vn.canhgiac.app.advisories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An advisory: an official document (số hiệu, date, issuing body, signer, title, subject
 * "V/v …", references), its Markdown body, scanned original, audience and quiz, and where
 * it is in its workflow.
 */
public record Advisory(long id, @Nullable String number, @Nullable LocalDate issuedOn, String issuer, String signer,
		String title, String subject, String bodyMarkdown, ScamCategory category, Severity severity,
		MessageType messageType, @Nullable LocalDate expiresOn, boolean publicAdvisory, AdvisoryStatus status,
		long authorAccountId, String authorName, @Nullable String reviewerNote, @Nullable Long publisherAccountId,
		@Nullable Instant publishedAt, @Nullable Instant withdrawnAt, @Nullable String withdrawnReason,
		@Nullable UUID attachmentId, @Nullable String attachmentName, @Nullable String attachmentType,
		Audience audience, @Nullable Integer quizPassPercent, Instant createdAt, Instant updatedAt,
		List<String> references, List<QuizQuestion> questions) {

	public boolean hasQuiz() {
		return !this.questions.isEmpty();
	}

	public boolean isPublished() {
		return this.status == AdvisoryStatus.PUBLISHED;
	}

	public boolean isExpired(LocalDate today) {
		return this.expiresOn != null && this.expiresOn.isBefore(today);
	}

	/** "183/UBND-NC" or the title while a draft has no number yet. */
	public String label() {
		return (this.number != null) ? this.number : this.title;
	}

	public AdvisoryDraft toDraft() {
		return new AdvisoryDraft(this.number, this.issuedOn, this.issuer, this.signer, this.title, this.subject,
				this.bodyMarkdown, this.category, this.severity, this.messageType, this.expiresOn, this.publicAdvisory,
				this.references, this.audience, this.quizPassPercent, this.questions);
	}

}
