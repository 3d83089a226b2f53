package vn.canhgiac.app.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and response times of police cases for the leadership view: never a case's
 * content. Merged duplicates are not counted as cases of their own.
 */
@Component
public class CaseFigures {

	private final JdbcClient jdbc;

	CaseFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Cases opened in one period (or, with {@code period == null}, the whole range) or at
	 * one station.
	 *
	 * @param period start of the week or month; {@code null} for the total and station
	 * rows
	 * @param stationId the station (only on station rows; {@code null} there means the
	 * province inbox)
	 * @param byStation whether this is a station row
	 * @param opened cases opened
	 * @param acted cases the police acted on (triage, message, assignment…)
	 * @param closed cases closed or referred
	 * @param medianHoursToAction median hours from report to first police action
	 * @param p90HoursToAction 90th percentile of the same
	 * @param medianDaysToClose median days from report to closure or referral
	 */
	public record Row(@Nullable LocalDate period, @Nullable Long stationId, boolean byStation, long opened, long acted,
			long closed, @Nullable Double medianHoursToAction, @Nullable Double p90HoursToAction,
			@Nullable Double medianDaysToClose) {

	}

	/**
	 * Open cases (new, triaged, investigating) by how long ago they were reported.
	 */
	public record OpenByAge(long underTwoDays, long twoToSevenDays, long oneToFourWeeks, long overFourWeeks) {

		public long total() {
			return this.underTwoDays + this.twoToSevenDays + this.oneToFourWeeks + this.overFourWeeks;
		}

	}

	@Transactional(readOnly = true)
	public List<Row> rows(Instant from, Instant to, boolean weekly, ZoneId zone) {
		String unit = weekly ? "week" : "month";
		return this.jdbc
			.sql("""
					select grouping(p, station_id) g, p, station_id, count(*) opened,
					       count(first_action_at) acted, count(closed_at) closed,
					       percentile_cont(0.5) within group (order by extract(epoch from first_action_at - created_at)) / 3600 h50,
					       percentile_cont(0.9) within group (order by extract(epoch from first_action_at - created_at)) / 3600 h90,
					       percentile_cont(0.5) within group (order by extract(epoch from closed_at - created_at)) / 86400 d50
					from (select date_trunc('%s', created_at at time zone ?)::date p, station_id, created_at,
					             first_action_at, closed_at
					      from police_case where merged_into is null and created_at >= ? and created_at < ?) f
					group by grouping sets ((), (p), (station_id))"""
				.formatted(unit))
			.params(zone.getId(), Timestamp.from(from), Timestamp.from(to))
			.query(CaseFigures::row)
			.list();
	}

	/** Cases open now, by age. */
	@Transactional(readOnly = true)
	public OpenByAge openByAge(Instant now) {
		return this.jdbc
			.sql("""
					select count(*) filter (where created_at > ?::timestamptz - interval '2 days') a,
					       count(*) filter (where created_at <= ?::timestamptz - interval '2 days' and created_at > ?::timestamptz - interval '7 days') b,
					       count(*) filter (where created_at <= ?::timestamptz - interval '7 days' and created_at > ?::timestamptz - interval '28 days') c,
					       count(*) filter (where created_at <= ?::timestamptz - interval '28 days') d
					from police_case where merged_into is null and status in ('NEW', 'TRIAGED', 'INVESTIGATING')""")
			.params(repeat(Timestamp.from(now), 6))
			.query((rs, i) -> new OpenByAge(rs.getLong("a"), rs.getLong("b"), rs.getLong("c"), rs.getLong("d")))
			.single();
	}

	private static Object[] repeat(Object value, int times) {
		Object[] values = new Object[times];
		java.util.Arrays.fill(values, value);
		return values;
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		int g = rs.getInt("g");
		java.sql.Date period = rs.getDate("p");
		long station = rs.getLong("station_id");
		Long stationId = rs.wasNull() ? null : station;
		return new Row((period != null) ? period.toLocalDate() : null, stationId, g == 0b10, rs.getLong("opened"),
				rs.getLong("acted"), rs.getLong("closed"), nullable(rs, "h50"), nullable(rs, "h90"),
				nullable(rs, "d50"));
	}

	private static @Nullable Double nullable(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}
