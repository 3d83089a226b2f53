package vn.canhgiac.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A submitted report. The victim's own words are an encrypted evidence object
 * ({@code descriptionId}), read through {@link ReportManagement#description}.
 */
public record Report(UUID id, String trackingCode, @Nullable Long reporterAccountId, @Nullable String reporterName,
		@Nullable String reporterEmail, @Nullable String reporterPhone, ReportCategory category, ReportChannel channel,
		@Nullable LocalDate happenedOn, @Nullable UUID descriptionId, @Nullable Long moneyDemanded,
		@Nullable Long moneyPaid, @Nullable Long communeId, @Nullable Long stationId, ReportStatus status,
		String consentBasis, Instant consentAt, @Nullable UUID fromCheck, Instant createdAt) {

	public boolean anonymous() {
		return this.reporterAccountId == null;
	}

}
