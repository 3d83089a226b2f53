package vn.canhgiac.app.intel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One indicator as the store keeps it. For police pages only: the public sees a
 * {@link LookupResult}.
 *
 * @param id row id
 * @param type wire name of the kind
 * @param value normal form
 * @param firstSeen first sighting
 * @param lastSeen last sighting
 * @param reportCount sightings in reports and imported feeds
 * @param caseCount distinct cases with a sighting
 * @param status {@code reported}, {@code confirmed}, {@code false_positive} or
 * {@code allowlisted}
 * @param tlp handling label (Traffic Light Protocol 2.0)
 * @param overCorrelated seen in too many cases to link them
 * @param proposedBy account that proposed confirmation, awaiting a second officer
 * @param proposedReason the proposer's reason
 * @param decidedBy account that confirmed, rejected or allowlisted
 * @param decidedReason that officer's reason
 * @param note a note (from an imported feed or the allowlist)
 */
public record IndicatorRow(long id, String type, String value, Instant firstSeen, Instant lastSeen, int reportCount,
		int caseCount, String status, String tlp, boolean overCorrelated, @Nullable Long proposedBy,
		@Nullable String proposedReason, @Nullable Long decidedBy, @Nullable String decidedReason,
		@Nullable String note) {

	/** Whether this value may link cases. */
	public boolean links() {
		return !this.overCorrelated && (this.status.equals("reported") || this.status.equals("confirmed"));
	}

	/** Confirmation proposed by one officer, waiting for a second. */
	public boolean awaitingSecondOfficer() {
		return this.proposedBy != null && this.status.equals("reported");
	}

}
