package vn.canhgiac.app.advisories;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes: the document's particulars, its body in Markdown, its audience
 * and an optional quiz.
 */
public record AdvisoryDraft(@Nullable String number, @Nullable LocalDate issuedOn, String issuer, String signer,
		String title, String subject, String bodyMarkdown, ScamCategory category, Severity severity,
		MessageType messageType, @Nullable LocalDate expiresOn, boolean publicAdvisory, List<String> references,
		Audience audience, @Nullable Integer quizPassPercent, List<QuizQuestion> questions) {

	public AdvisoryDraft {
		references = List.copyOf(references);
		questions = List.copyOf(questions);
	}

}
