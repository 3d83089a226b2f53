package vn.canhgiac.app.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
	public record Row(int bucket, @Nullable Long stationId, boolean byStation, long opened, long acted, long closed,
			@Nullable Double medianHoursToAction, @Nullable Double p90HoursToAction,
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

	/**
	 * Cases opened in {@code [buckets[0], to)}: the whole range, each week or month
	 * starting at {@code buckets}, and each station. Response times come from histograms
	 * (15-minute bins to the first action, 6-hour bins to closure) that PostgreSQL counts
	 * in one hashed pass; percentiles are read off them with linear interpolation inside
	 * a bin, so they are exact to well under a bin, without sorting every case.
	 */
	@Transactional(readOnly = true)
	public List<Row> rows(List<Instant> buckets, Instant to) {
		this.jdbc.sql("set local work_mem = '32MB'").update();
		String bounds = buckets.stream()
			.map(Instant::toString)
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
		Map<Integer, Tally> byBucket = new HashMap<>();
		Map<Long, Tally> byStation = new HashMap<>();
		Tally total = new Tally();
		this.jdbc.sql("""
				select grouping(b, station_id, a, c) g, b, station_id, a, c, count(*) n, count(closed_at) closed
				from (select width_bucket(created_at, (select cast(? as timestamptz[]))) b, station_id, closed_at,
				             floor(date_part('epoch', first_action_at - created_at) / ?)::int a,
				             floor(date_part('epoch', closed_at - created_at) / ?)::int c
				      from police_case where merged_into is null and created_at >= ? and created_at < ?) f
				group by grouping sets ((b, a), (station_id, a), (b, c))""")
			.params(bounds, ACTION_BIN_SECONDS, CLOSE_BIN_SECONDS, Timestamp.from(buckets.get(0)), Timestamp.from(to))
			.query((rs) -> {
				int g = rs.getInt("g");
				long n = rs.getLong("n");
				Integer a = (Integer) rs.getObject("a");
				Integer c = (Integer) rs.getObject("c");
				if (g == 0b0101) {
					// (b, a): every case once, by time to first action
					Tally tally = byBucket.computeIfAbsent(rs.getInt("b") - 1, (k) -> new Tally());
					tally.action(a, n, rs.getLong("closed"));
					total.action(a, n, rs.getLong("closed"));
				}
				else if (g == 0b1001) {
					long station = rs.getLong("station_id");
					byStation.computeIfAbsent(rs.wasNull() ? null : station, (k) -> new Tally())
						.action(a, n, rs.getLong("closed"));
				}
				else if (g == 0b0110 && c != null) {
					// (b, c): closed cases, by time to closure
					byBucket.computeIfAbsent(rs.getInt("b") - 1, (k) -> new Tally()).close(c, n);
					total.close(c, n);
				}
			});
		List<Row> rows = new ArrayList<>();
		rows.add(total.row(-1, null, false));
		byBucket.forEach((bucket, tally) -> rows.add(tally.row(bucket, null, false)));
		byStation.forEach((station, tally) -> rows.add(tally.row(-1, station, true)));
		return rows;
	}

	static final int ACTION_BIN_SECONDS = 900;

	static final int CLOSE_BIN_SECONDS = 21_600;

	/** Counts and the two histograms of one group of cases. */
	static final class Tally {

		long opened;

		long closed;

		final java.util.TreeMap<Integer, Long> action = new java.util.TreeMap<>();

		final java.util.TreeMap<Integer, Long> close = new java.util.TreeMap<>();

		void action(@Nullable Integer bin, long n, long closedCases) {
			this.opened += n;
			this.closed += closedCases;
			if (bin != null) {
				this.action.merge(bin, n, Long::sum);
			}
		}

		void close(int bin, long n) {
			this.close.merge(bin, n, Long::sum);
		}

		Row row(int bucket, @Nullable Long station, boolean byStation) {
			long acted = this.action.values().stream().mapToLong(Long::longValue).sum();
			Double median = percentile(this.action, 0.5);
			Double p90 = percentile(this.action, 0.9);
			Double close = percentile(this.close, 0.5);
			return new Row(bucket, station, byStation, this.opened, acted, this.closed,
					(median != null) ? median * ACTION_BIN_SECONDS / 3600 : null,
					(p90 != null) ? p90 * ACTION_BIN_SECONDS / 3600 : null,
					(close != null) ? close * CLOSE_BIN_SECONDS / 86400 : null);
		}

		/**
		 * The {@code q} quantile in bin units, values spread evenly inside each bin.
		 */
		static @Nullable Double percentile(java.util.SortedMap<Integer, Long> histogram, double q) {
			long count = histogram.values().stream().mapToLong(Long::longValue).sum();
			if (count == 0) {
				return null;
			}
			double target = q * count;
			long seen = 0;
			for (Map.Entry<Integer, Long> bin : histogram.entrySet()) {
				if (seen + bin.getValue() >= target) {
					return bin.getKey() + (target - seen) / bin.getValue();
				}
				seen += bin.getValue();
			}
			return (double) histogram.lastKey() + 1;
		}

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

}
