package vn.canhgiac.app.intel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A campaign: its cases and the values that link them.
 *
 * @param id campaign id
 * @param size number of cases
 * @param updatedAt last time a case joined
 * @param cases the cases (at most {@link IntelManagement#GRAPH_LIMIT})
 * @param indicators linking values, each with the cases it appears in
 * @param truncated more cases exist than are shown
 */
public record CampaignGraph(UUID id, int size, Instant updatedAt, List<UUID> cases, List<Node> indicators,
		boolean truncated) {

	/**
	 * A linking value.
	 *
	 * @param indicatorId row id
	 * @param type wire name
	 * @param value normal form
	 * @param cases indexes into {@link CampaignGraph#cases()}
	 */
	public record Node(long indicatorId, String type, String value, List<Integer> cases) {

	}

	/**
	 * One line of the campaign list.
	 *
	 * @param id campaign id
	 * @param size number of cases
	 * @param updatedAt last time a case joined
	 */
	public record Summary(UUID id, int size, Instant updatedAt) {

	}

}
