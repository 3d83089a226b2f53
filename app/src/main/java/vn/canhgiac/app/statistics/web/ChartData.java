package vn.canhgiac.app.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import vn.canhgiac.app.statistics.Awareness;
import vn.canhgiac.app.statistics.Situation;

/**
 * What statistics.js draws: for each chart a kind, the category labels and the series, as
 * JSON embedded in the page (the CSP allows no inline script, and data blocks are not
 * run). Suppressed cells are {@code null}, so a chart leaves them out.
 */
final class ChartData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChartData() {
	}

	static String situation(Situation s, Map<String, String> names) {
		Map<String, Object> charts = new LinkedHashMap<>();
		List<String> periods = s.series().stream().map(Situation.Point::label).toList();
		List<Map<String, Object>> trend = new ArrayList<>();
		for (String category : s.series().isEmpty() ? List.<String>of()
				: List.copyOf(s.series().get(0).byCategory().keySet())) {
			trend.add(series(names.get("category." + category),
					s.series().stream().map((p) -> (Object) p.byCategory().get(category)).toList()));
		}
		charts.put("trend", chart("stacked", periods, trend));
		charts.put("categories", chart("hbar", s.categories().stream().map(Situation.Share::label).toList(), List
			.of(series(names.get("reports"), s.categories().stream().map((c) -> (Object) c.reports()).toList()))));
		charts.put("channels", chart("hbar", s.channels().stream().map(Situation.Share::label).toList(), List
			.of(series(names.get("reports"), s.channels().stream().map((c) -> (Object) c.reports()).toList()))));
		charts.put("money", chart("bars", periods, List.of(
				series(names.get("demanded"),
						s.series().stream().map((p) -> (Object) (p.demanded() / 1_000_000)).toList()),
				series(names.get("paid"), s.series().stream().map((p) -> (Object) (p.paid() / 1_000_000)).toList()),
				series(names.get("prevented"),
						s.series().stream().map((p) -> (Object) (p.prevented() / 1_000_000)).toList()))));
		charts.put("response",
				chart("line", periods, List.of(
						series(names.get("medianHours"),
								s.series().stream().map((p) -> (Object) round(p.medianHoursToAction())).toList()),
						series(names.get("p90Hours"),
								s.series().stream().map((p) -> (Object) round(p.p90HoursToAction())).toList()))));
		charts.put("openAge",
				chart("bars",
						List.of(names.get("age.under2"), names.get("age.2to7"), names.get("age.1to4w"),
								names.get("age.over4w")),
						List.of(series(names.get("openCases"),
								List.of(s.openByAge().underTwoDays(), s.openByAge().twoToSevenDays(),
										s.openByAge().oneToFourWeeks(), s.openByAge().overFourWeeks())))));
		charts.put("communes",
				chart("hbar", s.communes().stream().map(Situation.AreaRow::name).toList(),
						List.of(series(names.get("reports"),
								s.communes().stream().map((c) -> (Object) c.reports().plotted()).toList()))));
		return write(charts);
	}

	static String awareness(Awareness a, Map<String, String> names) {
		List<String> units = a.rows().stream().map(Awareness.Row::name).toList();
		return write(Map.of("awareness",
				chart("hbar-percent", units,
						List.of(series(names.get("acknowledged"),
								a.rows().stream().map((r) -> (Object) r.acknowledgedPercent()).toList()),
								series(names.get("secondFactor"),
										a.rows().stream().map((r) -> (Object) r.secondFactorPercent()).toList())))));
	}

	private static Map<String, Object> chart(String kind, List<String> labels, List<Map<String, Object>> series) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", kind);
		chart.put("labels", labels);
		chart.put("series", series);
		return chart;
	}

	private static Map<String, Object> series(String name, List<Object> values) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("values", values);
		return series;
	}

	private static @Nullable Double round(@Nullable Double value) {
		return (value == null) ? null : Math.round(value * 10) / 10.0;
	}

	/**
	 * JSON safe inside a script element: no "<" can end it early ("<" only occurs in
	 * strings).
	 */
	private static String write(Object value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c");
	}

}
