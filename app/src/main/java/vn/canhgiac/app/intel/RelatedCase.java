package vn.canhgiac.app.intel;

import java.util.List;
import java.util.UUID;

/**
 * Another case linked to the one shown, and what links them.
 *
 * @param caseId the other case (page {@code /cases/{caseId}})
 * @param campaignId its campaign (page {@code /intel/campaigns/{campaignId}})
 * @param shared the values that link them
 */
public record RelatedCase(UUID caseId, UUID campaignId, List<SharedIndicator> shared) {

	/**
	 * One linking value.
	 *
	 * @param indicatorId row id (page {@code /intel/indicators/{id}})
	 * @param type wire name of the kind
	 * @param value the value in this case (for a near-duplicate picture or text, the
	 * other case's may differ by a few bits)
	 * @param nearDuplicate linked by a near-duplicate picture or text, not the same value
	 */
	public record SharedIndicator(long indicatorId, String type, String value, boolean nearDuplicate) {

	}

}
