package vn.canhgiac.app.reports;

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
 * Counts of reports for the leadership view: never a reporter, a text or a file. One scan
 * of the period with PostgreSQL grouping sets gives every breakdown at once, so a
 * dashboard costs one query however many charts it shows.
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
	 * @param period start of the week or month (local date), for {@code PERIOD} and
	 * {@code PERIOD_CATEGORY}
	 * @param key the category, channel, commune id or station id ({@code null}: not
	 * known)
	 * @param reports reports submitted
	 * @param demanded money demanded (VND)
	 * @param paid money the victims said they paid
	 * @param paidReports reports where money was paid
	 * @param prevented money demanded in reports where nothing was paid
	 */
	public record Cell(Dimension dimension, @Nullable LocalDate period, @Nullable String key, long reports,
			long demanded, long paid, long paidReports, long prevented) {

	}

	public enum Dimension {

		TOTAL, PERIOD, PERIOD_CATEGORY, CATEGORY, CHANNEL, COMMUNE, STATION

	}

	/**
	 * Every breakdown of the reports submitted in {@code [from, to)}.
	 * @param weekly weeks instead of months for the time series
	 */
	@Transactional(readOnly = true)
	public List<Cell> cells(Instant from, Instant to, boolean weekly, ZoneId zone) {
		String unit = weekly ? "week" : "month";
		return this.jdbc.sql("""
				select grouping(p, category, channel, commune_id, station_id) g, p, category, channel,
				       commune_id, station_id, count(*) reports, coalesce(sum(money_demanded), 0) demanded,
				       coalesce(sum(money_paid), 0) paid, count(*) filter (where money_paid > 0) paid_reports,
				       coalesce(sum(money_demanded) filter (where coalesce(money_paid, 0) = 0), 0) prevented
				from (select date_trunc('%s', created_at at time zone ?)::date p, category, channel, commune_id,
				             station_id, money_demanded, money_paid
				      from report where created_at >= ? and created_at < ?) f
				group by grouping sets ((), (p), (p, category), (category), (channel), (commune_id), (station_id))
				""".formatted(unit))
			.params(zone.getId(), Timestamp.from(from), Timestamp.from(to))
			.query(ReportFigures::cell)
			.list();
	}

	private static Cell cell(ResultSet rs, int row) throws SQLException {
		// grouping() sets a bit for every column NOT in the row's set, first column
		// highest.
		int g = rs.getInt("g");
		Dimension dimension = switch (g) {
			case 0b11111 -> Dimension.TOTAL;
			case 0b01111 -> Dimension.PERIOD;
			case 0b00111 -> Dimension.PERIOD_CATEGORY;
			case 0b10111 -> Dimension.CATEGORY;
			case 0b11011 -> Dimension.CHANNEL;
			case 0b11101 -> Dimension.COMMUNE;
			case 0b11110 -> Dimension.STATION;
			default -> throw new IllegalStateException("unexpected grouping " + g);
		};
		String key = switch (dimension) {
			case PERIOD_CATEGORY, CATEGORY -> rs.getString("category");
			case CHANNEL -> rs.getString("channel");
			case COMMUNE -> text(rs, "commune_id");
			case STATION -> text(rs, "station_id");
			default -> null;
		};
		java.sql.Date period = rs.getDate("p");
		return new Cell(dimension, (period != null) ? period.toLocalDate() : null, key, rs.getLong("reports"),
				rs.getLong("demanded"), rs.getLong("paid"), rs.getLong("paid_reports"), rs.getLong("prevented"));
	}

	private static @Nullable String text(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : Long.toString(value);
	}

}
