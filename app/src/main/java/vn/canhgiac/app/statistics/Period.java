package vn.canhgiac.app.statistics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The time range of a dashboard: whole months or whole weeks (Monday to Sunday), in
 * Vietnam's time zone.
 *
 * @param start first day (inclusive)
 * @param end day after the last (exclusive)
 * @param weekly whether the series is by week
 */
public record Period(LocalDate start, LocalDate end, boolean weekly) {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int MAX_MONTHS = 36;

	static final int MAX_WEEKS = 104;

	/** The twelve months up to and including this one. */
	public static Period lastMonths(LocalDate today, int months) {
		YearMonth current = YearMonth.from(today);
		return new Period(current.minusMonths(months - 1L).atDay(1), current.plusMonths(1).atDay(1), false);
	}

	public static Period lastWeeks(LocalDate today, int weeks) {
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return new Period(monday.minusWeeks(weeks - 1L), monday.plusWeeks(1), true);
	}

	public static Period month(YearMonth month) {
		return new Period(month.atDay(1), month.plusMonths(1).atDay(1), false);
	}

	/**
	 * From request parameters ({@code from}/{@code to} as {@code YYYY-MM}, {@code by} =
	 * {@code month} or {@code week}); missing ones take the defaults.
	 * @throws IllegalArgumentException with a message for the user when they are wrong
	 */
	public static Period parse(@Nullable String from, @Nullable String to, @Nullable String by, LocalDate today) {
		boolean weekly = "week".equals(by);
		if (by != null && !by.isBlank() && !weekly && !"month".equals(by)) {
			throw new IllegalArgumentException("by");
		}
		if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
			return weekly ? lastWeeks(today, 13) : lastMonths(today, 12);
		}
		try {
			YearMonth last = (to == null || to.isBlank()) ? YearMonth.from(today) : YearMonth.parse(to);
			YearMonth first = (from == null || from.isBlank()) ? last.minusMonths(11) : YearMonth.parse(from);
			if (first.isAfter(last)) {
				throw new IllegalArgumentException("order");
			}
			LocalDate start = first.atDay(1);
			LocalDate end = last.plusMonths(1).atDay(1);
			if (weekly) {
				start = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				end = end.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
			}
			Period period = new Period(start, end, weekly);
			if (period.buckets().size() > (weekly ? MAX_WEEKS : MAX_MONTHS)) {
				throw new IllegalArgumentException("length");
			}
			return period;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("format", ex);
		}
	}

	public Instant from() {
		return this.start.atStartOfDay(ZONE).toInstant();
	}

	public Instant to() {
		return this.end.atStartOfDay(ZONE).toInstant();
	}

	/** The first day of every week or month in the range, in order. */
	public List<LocalDate> buckets() {
		List<LocalDate> buckets = new ArrayList<>();
		LocalDate day = this.weekly ? this.start : this.start.withDayOfMonth(1);
		while (day.isBefore(this.end)) {
			buckets.add(day);
			day = this.weekly ? day.plusWeeks(1) : day.plusMonths(1);
		}
		return buckets;
	}

	/** "11/2026" or "23/11" (a week by its Monday). */
	public String label(LocalDate bucket) {
		return bucket.format(DateTimeFormatter.ofPattern(this.weekly ? "dd/MM" : "MM/yyyy"));
	}

	public String fromParam() {
		return YearMonth.from(this.start.plusDays(6)).toString();
	}

	public String toParam() {
		return YearMonth.from(this.end.minus(1, ChronoUnit.DAYS)).toString();
	}

}
