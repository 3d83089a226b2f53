package vn.canhgiac.app.statistics;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.platform.PdfRenderer;
import vn.canhgiac.app.reports.ReportCategory;

/**
 * The monthly report as a PDF in Vietnamese, laid out like an administrative report
 * (Decree 30/2020/NĐ-CP): issuing body and number on the left, the national motto and
 * "place, date" on the right, the title, numbered sections, recipients and signer.
 * Figures only; the number is left for the clerk to fill in when the report is issued.
 */
@Component
class MonthlyReportRenderer {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Statistics statistics;

	private final DirectoryManagement directory;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final StatisticsProperties properties;

	MonthlyReportRenderer(Statistics statistics, DirectoryManagement directory, PdfRenderer pdf, MessageSource messages,
			StatisticsProperties properties) {
		this.statistics = statistics;
		this.directory = directory;
		this.pdf = pdf;
		this.messages = messages;
		this.properties = properties;
	}

	byte[] render(YearMonth month) throws IOException {
		return this.pdf.render("statistics/monthly-pdf", model(month), VIETNAMESE);
	}

	Map<String, Object> model(YearMonth month) {
		Situation current = this.statistics.situation(Period.month(month), VIETNAMESE);
		Situation previous = this.statistics.situation(Period.month(month.minusMonths(1)), VIETNAMESE);
		Situation trend = this.statistics.situation(Period.lastMonths(month.atDay(1), 12), VIETNAMESE);
		Map<String, Object> model = new HashMap<>();
		model.put("month", month);
		model.put("monthLabel", "tháng " + month.getMonthValue() + " năm " + month.getYear());
		model.put("s", current);
		model.put("previous", previous.totals());
		model.put("trend", trend);
		model.put("campaigns", this.statistics.campaigns(month, VIETNAMESE));
		Awareness awareness = this.statistics.awareness(null, VIETNAMESE);
		model.put("awareness", awareness);
		model.put("lagging",
				awareness.rows()
					.stream()
					.filter((r) -> (r.recipients() > 0 && r.acknowledgedPercent() < 80)
							|| (r.accounts() > 0 && r.secondFactorPercent() < 50))
					.map(Awareness.Row::name)
					.toList());
		LocalDate today = this.statistics.today();
		model.put("dateLine", this.properties.place() + ", ngày " + "%02d".formatted(today.getDayOfMonth()) + " tháng "
				+ "%02d".formatted(today.getMonthValue()) + " năm " + today.getYear());
		model.put("authority", authority());
		model.put("office", this.properties.office());
		model.put("symbol", this.properties.symbol());
		model.put("signer", this.properties.signer());
		model.put("recipients", this.properties.recipients());
		model.put("threshold", this.properties.smallCount());
		model.put("trendChart", trendChart(trend));
		model.put("categoryChart",
				ChartImages.horizontal(current.categories().stream().map(Situation.Share::label).toList(),
						current.categories().stream().map(Situation.Share::reports).toList(), "Số phản ánh"));
		return model;
	}

	private String authority() {
		if (this.properties.authority() != null && !this.properties.authority().isBlank()) {
			return this.properties.authority();
		}
		List<OrgUnit> tops = this.directory.units().stream().filter((u) -> u.parentId() == null).toList();
		return (tops.size() == 1) ? "UBND " + tops.get(0).name() : "CẢNH GIÁC";
	}

	private String trendChart(Situation trend) {
		List<String> periods = trend.series().stream().map(Situation.Point::label).toList();
		List<String> names = new ArrayList<>();
		List<List<Long>> series = new ArrayList<>();
		for (ReportCategory category : ReportCategory.values()) {
			names.add(this.messages.getMessage("stats.category." + category.name(), null, VIETNAMESE));
			series.add(trend.series().stream().map((p) -> p.byCategory().getOrDefault(category.name(), 0L)).toList());
		}
		return ChartImages.stacked(periods, names, series, "Số phản ánh");
	}

}
