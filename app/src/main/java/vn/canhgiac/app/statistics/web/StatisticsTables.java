package vn.canhgiac.app.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import vn.canhgiac.app.reports.ReportCategory;
import vn.canhgiac.app.statistics.Awareness;
import vn.canhgiac.app.statistics.CampaignView;
import vn.canhgiac.app.statistics.Situation;

/**
 * Every chart's numbers as a table (header + rows of cells), the one source for the HTML
 * tables' CSV downloads and the charts' data, so the three never disagree.
 */
final class StatisticsTables {

	record Table(String name, List<String> header, List<List<Object>> rows) {

	}

	private final MessageSource messages;

	private final Locale locale;

	private final int threshold;

	StatisticsTables(MessageSource messages, Locale locale, int threshold) {
		this.messages = messages;
		this.locale = locale;
		this.threshold = threshold;
	}

	Map<String, Table> situation(Situation s) {
		Map<String, Table> tables = new LinkedHashMap<>();
		List<String> trendHeader = new ArrayList<>(List.of(t("stats.col.period"), t("stats.col.reports")));
		for (ReportCategory category : ReportCategory.values()) {
			trendHeader.add(t("stats.category." + category.name()));
		}
		trendHeader.addAll(List.of(t("stats.col.cases"), t("stats.col.closed")));
		List<List<Object>> trend = new ArrayList<>();
		List<List<Object>> money = new ArrayList<>();
		List<List<Object>> response = new ArrayList<>();
		for (Situation.Point p : s.series()) {
			List<Object> row = new ArrayList<>(List.of(p.label(), p.reports()));
			for (ReportCategory category : ReportCategory.values()) {
				row.add(p.byCategory().getOrDefault(category.name(), 0L));
			}
			row.add(p.cases());
			row.add(p.closed());
			trend.add(row);
			money.add(List.of(p.label(), millions(p.demanded()), millions(p.paid()), millions(p.prevented())));
			response.add(List.of(p.label(), hours(p.medianHoursToAction()), hours(p.p90HoursToAction())));
		}
		tables.put("trend", new Table("trend", trendHeader, trend));
		tables.put("categories", shares("categories", t("stats.col.category"), s.categories()));
		tables.put("channels", shares("channels", t("stats.col.channel"), s.channels()));
		tables.put("money", new Table("money",
				List.of(t("stats.col.period"), t("stats.col.demanded"), t("stats.col.paid"), t("stats.col.prevented")),
				money));
		tables.put("response", new Table("response",
				List.of(t("stats.col.period"), t("stats.col.medianHours"), t("stats.col.p90Hours")), response));
		tables.put("openAge",
				new Table("openAge", List.of(t("stats.col.age"), t("stats.col.openCases")),
						List.of(List.of(t("stats.age.under2"), s.openByAge().underTwoDays()),
								List.of(t("stats.age.2to7"), s.openByAge().twoToSevenDays()),
								List.of(t("stats.age.1to4w"), s.openByAge().oneToFourWeeks()),
								List.of(t("stats.age.over4w"), s.openByAge().overFourWeeks()))));
		List<List<Object>> communes = new ArrayList<>();
		for (Situation.AreaRow row : s.communes()) {
			communes.add(List.of(row.name(), row.reports().shown(this.threshold), row.demanded().suppressed()
					? row.demanded().shown(this.threshold) : millions(row.demanded().value())));
		}
		tables.put("communes", new Table("communes",
				List.of(t("stats.col.commune"), t("stats.col.reports"), t("stats.col.demanded")), communes));
		List<List<Object>> stations = new ArrayList<>();
		for (Situation.StationRow row : s.stations()) {
			stations.add(List.of(row.name(), row.reports().shown(this.threshold), row.cases().shown(this.threshold),
					row.closed().shown(this.threshold), hours(row.medianHoursToAction())));
		}
		tables.put("stations", new Table("stations", List.of(t("stats.col.station"), t("stats.col.reports"),
				t("stats.col.cases"), t("stats.col.closed"), t("stats.col.medianHours")), stations));
		return tables;
	}

	Table campaigns(CampaignView view) {
		List<List<Object>> rows = new ArrayList<>();
		for (CampaignView.Row row : view.campaigns()) {
			List<String> links = row.links()
				.stream()
				.map((l) -> l.label() + " (" + l.cases() + " " + t("stats.unit.cases") + ")")
				.toList();
			rows.add(List.of(row.rank(), row.size(), row.newCases(), String.join("; ", links)));
		}
		return new Table("campaigns",
				List.of("#", t("stats.col.campaignSize"), t("stats.col.newCases"), t("stats.col.links")), rows);
	}

	Table awareness(Awareness a) {
		List<List<Object>> rows = new ArrayList<>();
		for (Awareness.Row row : a.rows()) {
			rows.add(awarenessRow(row));
		}
		rows.add(awarenessRow(a.total()));
		return new Table("awareness",
				List.of(t("stats.col.unit"), t("stats.col.recipients"), t("stats.col.acknowledgedPercent"),
						t("stats.col.quizPercent"), t("stats.col.accounts"), t("stats.col.secondFactorPercent"),
						t("stats.col.stalePasswords")),
				rows);
	}

	private List<Object> awarenessRow(Awareness.Row row) {
		return List.of(row.name().isEmpty() ? t("stats.awareness.total") : row.name(), row.recipients(),
				row.acknowledgedPercent(), (row.quizRecipients() > 0) ? row.quizPassedPercent() : "—", row.accounts(),
				row.secondFactorPercent(), row.stalePasswords());
	}

	private Table shares(String name, String first, List<Situation.Share> shares) {
		List<List<Object>> rows = new ArrayList<>();
		for (Situation.Share share : shares) {
			rows.add(List.of(share.label(), share.reports()));
		}
		return new Table(name, List.of(first, t("stats.col.reports")), rows);
	}

	/** Money in millions of đồng, one decimal: what a report to leaders uses. */
	static String millions(long dong) {
		return String.format(Locale.ROOT, "%.1f", dong / 1_000_000.0);
	}

	static String hours(@Nullable Double value) {
		return (value == null) ? "—" : String.format(Locale.ROOT, "%.1f", value);
	}

	private String t(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

}
