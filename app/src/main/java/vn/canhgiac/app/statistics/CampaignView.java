package vn.canhgiac.app.statistics;

import java.util.List;

/**
 * The largest campaigns of a month as leaders see them.
 *
 * @param month the month
 * @param minSize campaigns smaller than this are left out
 * @param campaigns largest first
 */
public record CampaignView(Period month, int minSize, List<Row> campaigns) {

	/**
	 * @param rank 1 for the largest
	 * @param size cases in the campaign
	 * @param newCases cases that joined it this month
	 * @param links what links them, e.g. "Ví USDT (12 vụ)"
	 */
	public record Row(int rank, int size, long newCases, List<Link> links) {

	}

	public record Link(String type, String label, long cases) {

	}

}
