package vn.canhgiac.app.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.cases.CaseFigures;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.directory.PoliceStation;
import vn.canhgiac.app.reports.ReportCategory;
import vn.canhgiac.app.reports.ReportChannel;
import vn.canhgiac.app.reports.ReportFigures;
import vn.canhgiac.app.reports.ReportFigures.Cell;
import vn.canhgiac.app.reports.ReportFigures.Dimension;

/** Builds the situation dashboard from two queries: one over reports, one over cases. */
@Component
class SituationQuery {

	private final ReportFigures reports;

	private final CaseFigures cases;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	private final StatisticsProperties properties;

	private final Clock clock;

	private final Executor executor;

	SituationQuery(ReportFigures reports, CaseFigures cases, DirectoryManagement directory, MessageSource messages,
			StatisticsProperties properties, Clock clock, @Qualifier("statisticsExecutor") Executor executor) {
		this.executor = executor;
		this.reports = reports;
		this.cases = cases;
		this.directory = directory;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	Situation situation(Period period, Locale locale) {
		List<Instant> buckets = period.buckets().stream().map((d) -> d.atStartOfDay(Period.ZONE).toInstant()).toList();
		// The two scans are independent: run them side by side, each on its own
		// connection.
		CompletableFuture<List<CaseFigures.Row>> caseScan = CompletableFuture
			.supplyAsync(() -> this.cases.rows(buckets, period.to()), this.executor);
		List<Cell> cells = this.reports.cells(buckets, period.to());
		List<CaseFigures.Row> caseRows = caseScan.join();
		Cell total = cells.stream()
			.filter((c) -> c.dimension() == Dimension.TOTAL)
			.findFirst()
			.orElse(new Cell(Dimension.TOTAL, -1, null, 0, 0, 0, 0, 0));
		CaseFigures.Row caseTotal = caseRows.stream()
			.filter((r) -> r.bucket() < 0 && !r.byStation())
			.findFirst()
			.orElse(new CaseFigures.Row(-1, null, false, 0, 0, 0, null, null, null));
		Situation.Totals totals = new Situation.Totals(total.reports(), caseTotal.opened(), caseTotal.closed(),
				total.demanded(), total.paid(), total.paidReports(), total.prevented());
		return new Situation(period, this.properties.smallCount(), totals, series(period, cells, caseRows),
				shares(cells, Dimension.CATEGORY, ReportCategory.values(), "stats.category.", locale),
				shares(cells, Dimension.CHANNEL, ReportChannel.values(), "reports.channel.", locale),
				communes(cells, locale), stations(cells, caseRows, locale), this.cases.openByAge(this.clock.instant()),
				new Situation.Response(caseTotal.medianHoursToAction(), caseTotal.p90HoursToAction(),
						caseTotal.medianDaysToClose(), caseTotal.opened() - caseTotal.acted()));
	}

	private List<Situation.Point> series(Period period, List<Cell> cells, List<CaseFigures.Row> caseRows) {
		Map<Integer, Cell> byPeriod = new HashMap<>();
		Map<Integer, Map<String, Long>> byPeriodCategory = new HashMap<>();
		for (Cell cell : cells) {
			if (cell.dimension() == Dimension.PERIOD) {
				byPeriod.put(cell.bucket(), cell);
			}
			else if (cell.dimension() == Dimension.PERIOD_CATEGORY) {
				byPeriodCategory.computeIfAbsent(cell.bucket(), (k) -> new HashMap<>()).put(cell.key(), cell.reports());
			}
		}
		Map<Integer, CaseFigures.Row> casesByPeriod = new HashMap<>();
		for (CaseFigures.Row row : caseRows) {
			if (row.bucket() >= 0) {
				casesByPeriod.put(row.bucket(), row);
			}
		}
		List<Situation.Point> points = new ArrayList<>();
		List<LocalDate> starts = period.buckets();
		for (int i = 0; i < starts.size(); i++) {
			LocalDate bucket = starts.get(i);
			Cell cell = byPeriod.get(i);
			CaseFigures.Row row = casesByPeriod.get(i);
			Map<String, Long> categories = new LinkedHashMap<>();
			Map<String, Long> counted = byPeriodCategory.getOrDefault(i, Map.of());
			for (ReportCategory category : ReportCategory.values()) {
				categories.put(category.name(), counted.getOrDefault(category.name(), 0L));
			}
			points.add(new Situation.Point(bucket, period.label(bucket), (cell != null) ? cell.reports() : 0,
					categories, (row != null) ? row.opened() : 0, (row != null) ? row.closed() : 0,
					(cell != null) ? cell.demanded() : 0, (cell != null) ? cell.paid() : 0,
					(cell != null) ? cell.prevented() : 0, (row != null) ? row.medianHoursToAction() : null,
					(row != null) ? row.p90HoursToAction() : null));
		}
		return points;
	}

	private List<Situation.Share> shares(List<Cell> cells, Dimension dimension, Enum<?>[] keys, String labelPrefix,
			Locale locale) {
		Map<String, Long> counts = new HashMap<>();
		for (Cell cell : cells) {
			if (cell.dimension() == dimension && cell.key() != null) {
				counts.put(cell.key(), cell.reports());
			}
		}
		List<Situation.Share> shares = new ArrayList<>();
		for (Enum<?> key : keys) {
			shares.add(new Situation.Share(key.name(), label(labelPrefix + key.name(), locale),
					counts.getOrDefault(key.name(), 0L)));
		}
		shares.sort(Comparator.comparingLong(Situation.Share::reports).reversed());
		return shares;
	}

	private List<Situation.AreaRow> communes(List<Cell> cells, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		for (OrgUnit unit : this.directory.units()) {
			if (unit.kind().isCommuneLevel()) {
				names.put(unit.id(), unit.name());
			}
		}
		Map<String, Cell> byKey = new HashMap<>();
		for (Cell cell : cells) {
			if (cell.dimension() == Dimension.COMMUNE) {
				byKey.put(String.valueOf(cell.key()), cell);
			}
		}
		List<String> keys = new ArrayList<>();
		names.keySet().forEach((id) -> keys.add(id.toString()));
		byKey.keySet().stream().filter((k) -> !keys.contains(k)).forEach(keys::add);
		List<Cell> rows = keys.stream()
			.map((k) -> byKey.getOrDefault(k, new Cell(Dimension.COMMUNE, -1, k, 0, 0, 0, 0, 0)))
			.toList();
		boolean[] hidden = SmallCounts.hidden(rows, Cell::reports, this.properties.smallCount());
		List<Situation.AreaRow> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Cell cell = rows.get(i);
			String key = keys.get(i);
			String name = "null".equals(key) ? label("stats.area.unknown", locale)
					: names.getOrDefault(Long.valueOf(key), label("stats.area.unknown", locale));
			result.add(new Situation.AreaRow(name, new Figure(hidden[i] ? 0 : cell.reports(), hidden[i]),
					new Figure(hidden[i] ? 0 : cell.demanded(), hidden[i])));
		}
		result.sort(Comparator.comparing((Situation.AreaRow r) -> r.reports().suppressed())
			.thenComparing((Situation.AreaRow r) -> -r.reports().value())
			.thenComparing(Situation.AreaRow::name));
		return result;
	}

	private List<Situation.StationRow> stations(List<Cell> cells, List<CaseFigures.Row> caseRows, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (PoliceStation station : this.directory.stations()) {
			names.put(Long.toString(station.id()), station.name());
		}
		Map<String, Long> reportsBy = new HashMap<>();
		for (Cell cell : cells) {
			if (cell.dimension() == Dimension.STATION) {
				reportsBy.put(String.valueOf(cell.key()), cell.reports());
			}
		}
		Map<String, CaseFigures.Row> casesBy = new HashMap<>();
		for (CaseFigures.Row row : caseRows) {
			if (row.byStation()) {
				casesBy.put(String.valueOf(row.stationId()), row);
			}
		}
		List<String> keys = new ArrayList<>(names.keySet());
		for (String key : reportsBy.keySet()) {
			if (!keys.contains(key)) {
				keys.add(key);
			}
		}
		for (String key : casesBy.keySet()) {
			if (!keys.contains(key)) {
				keys.add(key);
			}
		}
		// A station row is hidden when either its reports or its cases are few.
		boolean[] hidden = SmallCounts
			.hidden(keys,
					(k) -> Math.min(nonZero(reportsBy.getOrDefault(k, 0L)),
							nonZero((casesBy.get(k) != null) ? casesBy.get(k).opened() : 0)),
					this.properties.smallCount());
		List<Situation.StationRow> rows = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			CaseFigures.Row row = casesBy.get(key);
			String name = "null".equals(key) ? label("stats.area.provinceInbox", locale)
					: names.getOrDefault(key, label("stats.area.unknown", locale));
			boolean h = hidden[i];
			rows.add(new Situation.StationRow(name, figure(reportsBy.getOrDefault(key, 0L), h),
					figure((row != null) ? row.opened() : 0, h), figure((row != null) ? row.closed() : 0, h),
					(h || row == null) ? null : row.medianHoursToAction()));
		}
		rows.sort(Comparator.comparing((Situation.StationRow r) -> r.reports().suppressed())
			.thenComparing((Situation.StationRow r) -> -r.reports().value())
			.thenComparing(Situation.StationRow::name));
		return rows;
	}

	/** Zero counts are shown, so they must not decide a suppression. */
	private static long nonZero(long value) {
		return (value == 0) ? Long.MAX_VALUE : value;
	}

	private static Figure figure(long value, boolean hidden) {
		return new Figure(hidden ? 0 : value, hidden);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
