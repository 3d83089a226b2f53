package vn.canhgiac.app.reports;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the reporter filled in. Blank text fields are empty strings, never null.
 *
 * @param description what happened, in the reporter's words (stored encrypted)
 * @param pastedText the criminal's message, pasted (checked and stored encrypted)
 * @param links links the criminal sent, one per line (analysed as text, never fetched)
 */
public record ReportDraft(ReportCategory category, ReportChannel channel, @Nullable LocalDate happenedOn,
		String description, String pastedText, String links, String phone, String zalo, String telegram, String email,
		String wallet, String bankAccount, String bankName, @Nullable Long moneyDemanded, @Nullable Long moneyPaid,
		@Nullable Long communeId, String reporterName, String reporterEmail, String reporterPhone, boolean consent,
		@Nullable UUID fromCheck) {

}
