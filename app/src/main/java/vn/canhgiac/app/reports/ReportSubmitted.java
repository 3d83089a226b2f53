package vn.canhgiac.app.reports;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.app.intel.ObservedIndicator;

/**
 * Event: a report was submitted, published inside the submitting transaction so the case
 * exists exactly when the report does.
 *
 * @param reportId the report
 * @param stationId the station serving the victim's commune, or null for the province
 * inbox
 * @param category what happened
 * @param indicators the criminal's contacts and payment details, normalised
 * @param checkIds the checks run on the report's evidence
 */
public record ReportSubmitted(UUID reportId, @Nullable Long stationId, ReportCategory category,
		List<ObservedIndicator> indicators, List<UUID> checkIds) {

	public ReportSubmitted {
		indicators = List.copyOf(indicators);
		checkIds = List.copyOf(checkIds);
	}

}
