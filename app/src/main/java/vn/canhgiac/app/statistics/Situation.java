package vn.canhgiac.app.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.app.cases.CaseFigures;

/**
 * The situation dashboard: reports and cases over a period, by kind, channel, commune and
 * station, money, response times and the open cases by age. Commune and station rows are
 * subject to small-count suppression; every other figure covers the whole jurisdiction.
 */
public record Situation(Period period, int threshold, Totals totals, List<Point> series, List<Share> categories,
		List<Share> channels, List<AreaRow> communes, List<StationRow> stations, CaseFigures.OpenByAge openByAge,
		Response response) {

	/**
	 * @param reports reports submitted
	 * @param cases cases opened (merged duplicates not counted)
	 * @param closed cases closed or referred
	 * @param demanded money demanded (VND)
	 * @param paid money paid
	 * @param paidReports reports where something was paid
	 * @param prevented money demanded where nothing was paid: losses prevented
	 */
	public record Totals(long reports, long cases, long closed, long demanded, long paid, long paidReports,
			long prevented) {

	}

	/** One week or month of the series. */
	public record Point(LocalDate start, String label, long reports, Map<String, Long> byCategory, long cases,
			long closed, long demanded, long paid, long prevented, @Nullable Double medianHoursToAction,
			@Nullable Double p90HoursToAction) {

	}

	/** One category or channel with its reports. */
	public record Share(String key, String label, long reports) {

	}

	public record AreaRow(String name, Figure reports, Figure demanded) {

	}

	public record StationRow(String name, Figure reports, Figure cases, Figure closed,
			@Nullable Double medianHoursToAction) {

	}

	/**
	 * @param medianHoursToAction median hours from report to first police action
	 * @param p90HoursToAction 90th percentile
	 * @param medianDaysToClose median days from report to closure or referral
	 * @param awaitingAction cases of the period not yet acted on
	 */
	public record Response(@Nullable Double medianHoursToAction, @Nullable Double p90HoursToAction,
			@Nullable Double medianDaysToClose, long awaitingAction) {

	}

}
