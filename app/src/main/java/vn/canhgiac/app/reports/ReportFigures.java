package vn.canhgiac.app.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of reports for the leadership view: never a reporter, a text or a file. One scan
 * of the period gives every breakdown at once, so a dashboard costs one query however
 * many charts it shows.
 */
@Component
public class ReportFigures {

	private final JdbcClient jdbc;

	ReportFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One breakdown cell.
	 *
	 * @param dimension which breakdown the row belongs to
	 * @param bucket index of the week or month (from 0) for {@code PERIOD} and
	 * {@code PERIOD_CATEGORY} rows, else -1
	 * @param key the category, channel, commune id or station id ({@code null}: not
	 * known)
	 * @param reports reports submitted
	 * @param demanded money demanded (VND)
	 * @param paid money the victims said they paid
	 * @param paidReports reports where money was paid
	 * @param prevented money demanded in reports where nothing was paid
	 */
	public record Cell(Dimension dimension, int bucket, @Nullable String key, long reports, long demanded, long paid,
			long paidReports, long prevented) {

	}

	public enum Dimension {

		TOTAL, PERIOD, PERIOD_CATEGORY, CATEGORY, CHANNEL, COMMUNE, STATION

	}

	/**
	 * Every breakdown of the reports submitted in {@code [buckets[0], to)}; time series
	 * by the weeks or months that start at {@code buckets}. PostgreSQL groups by all five
	 * keys at once (a few thousand rows even for 100,000 reports, read from a covering
	 * index); the breakdowns are summed here, which costs less than grouping sets.
	 */
	@Transactional(readOnly = true)
	public List<Cell> cells(List<Instant> buckets, Instant to) {
		this.jdbc.sql("set local work_mem = '32MB'").update();
		Map<String, Cell> cells = new LinkedHashMap<>();
		this.jdbc.sql("""
				select width_bucket(created_at, (select cast(? as timestamptz[]))) b, category, channel, commune_id,
				       station_id, count(*) reports, coalesce(sum(money_demanded), 0) demanded,
				       coalesce(sum(money_paid), 0) paid, count(*) filter (where money_paid > 0) paid_reports,
				       coalesce(sum(money_demanded) filter (where coalesce(money_paid, 0) = 0), 0) prevented
				from report where created_at >= ? and created_at < ?
				group by 1, 2, 3, 4, 5""")
			.params(bounds(buckets), Timestamp.from(buckets.get(0)), Timestamp.from(to))
			.query((rs) -> {
				int bucket = rs.getInt("b") - 1;
				String category = rs.getString("category");
				String channel = rs.getString("channel");
				String commune = key(rs, "commune_id");
				String station = key(rs, "station_id");
				long[] values = { rs.getLong("reports"), rs.getLong("demanded"), rs.getLong("paid"),
						rs.getLong("paid_reports"), rs.getLong("prevented") };
				add(cells, Dimension.TOTAL, -1, null, values);
				add(cells, Dimension.PERIOD, bucket, null, values);
				add(cells, Dimension.PERIOD_CATEGORY, bucket, category, values);
				add(cells, Dimension.CATEGORY, -1, category, values);
				add(cells, Dimension.CHANNEL, -1, channel, values);
				add(cells, Dimension.COMMUNE, -1, commune, values);
				add(cells, Dimension.STATION, -1, station, values);
			});
		return new ArrayList<>(cells.values());
	}

	private static void add(Map<String, Cell> cells, Dimension dimension, int bucket, @Nullable String key, long[] v) {
		cells.merge(dimension + "/" + bucket + "/" + key,
				new Cell(dimension, bucket, key, v[0], v[1], v[2], v[3], v[4]),
				(a, b) -> new Cell(dimension, bucket, key, a.reports() + b.reports(), a.demanded() + b.demanded(),
						a.paid() + b.paid(), a.paidReports() + b.paidReports(), a.prevented() + b.prevented()));
	}

	/** A PostgreSQL array literal of instants, for {@code width_bucket}. */
	public static String bounds(List<Instant> buckets) {
		return buckets.stream().map(Instant::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	private static @Nullable String key(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : Long.toString(value);
	}

}
