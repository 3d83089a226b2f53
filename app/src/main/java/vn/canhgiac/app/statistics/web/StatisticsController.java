package vn.canhgiac.app.statistics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.platform.SpreadsheetCells;
import vn.canhgiac.app.statistics.Awareness;
import vn.canhgiac.app.statistics.CampaignView;
import vn.canhgiac.app.statistics.MonthlyReports;
import vn.canhgiac.app.statistics.Period;
import vn.canhgiac.app.statistics.Situation;
import vn.canhgiac.app.statistics.Statistics;

/**
 * Leaders and police administrators: the situation, campaigns and awareness dashboards,
 * each chart with its table and CSV, and the monthly reports.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'POLICE_ADMIN')")
class StatisticsController {

	private static final List<String> NAME_KEYS = List.of("cases", "closed", "reports", "demanded", "paid", "prevented",
			"medianHours", "p90Hours", "openCases", "acknowledged", "secondFactor");

	private final Statistics statistics;

	private final MonthlyReports monthly;

	private final MessageSource messages;

	StatisticsController(Statistics statistics, MonthlyReports monthly, MessageSource messages) {
		this.statistics = statistics;
		this.monthly = monthly;
		this.messages = messages;
	}

	@GetMapping("/stats")
	String situation(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String by,
			Locale locale, Model model) {
		Period period = period(from, to, by, model);
		Situation situation = this.statistics.situation(period, locale);
		model.addAttribute("s", situation);
		model.addAttribute("tables", tables(locale).situation(situation));
		model.addAttribute("charts", ChartData.situation(situation, names(locale)));
		model.addAttribute("query", query(period));
		model.addAttribute("tab", "situation");
		return "statistics/situation";
	}

	@GetMapping("/stats/situation.csv")
	ResponseEntity<byte[]> situationCsv(@RequestParam String table,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String by, Locale locale) {
		Period period = parse(from, to, by);
		StatisticsTables.Table found = tables(locale).situation(this.statistics.situation(period, locale)).get(table);
		if (found == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return csv(found, "thong-ke-" + table + "-" + period.fromParam() + "_" + period.toParam());
	}

	@GetMapping("/stats/campaigns")
	String campaigns(@RequestParam(required = false) @Nullable String month, Locale locale, Model model) {
		YearMonth chosen = month(month, model);
		CampaignView view = this.statistics.campaigns(chosen, locale);
		model.addAttribute("view", view);
		model.addAttribute("table", tables(locale).campaigns(view));
		model.addAttribute("month", chosen.toString());
		model.addAttribute("tab", "campaigns");
		return "statistics/campaigns";
	}

	@GetMapping("/stats/campaigns.csv")
	ResponseEntity<byte[]> campaignsCsv(@RequestParam(required = false) @Nullable String month, Locale locale) {
		YearMonth chosen = parseMonth(month);
		return csv(tables(locale).campaigns(this.statistics.campaigns(chosen, locale)), "chien-dich-" + chosen);
	}

	@GetMapping("/stats/awareness")
	String awareness(@RequestParam(required = false) @Nullable Long unit, Locale locale, Model model) {
		Awareness awareness = awarenessOf(unit, locale);
		model.addAttribute("a", awareness);
		model.addAttribute("table", tables(locale).awareness(awareness));
		model.addAttribute("charts", ChartData.awareness(awareness, names(locale)));
		model.addAttribute("tab", "awareness");
		return "statistics/awareness";
	}

	@GetMapping("/stats/awareness.csv")
	ResponseEntity<byte[]> awarenessCsv(@RequestParam(required = false) @Nullable Long unit, Locale locale) {
		return csv(tables(locale).awareness(awarenessOf(unit, locale)),
				"quan-triet" + ((unit != null) ? "-" + unit : ""));
	}

	@GetMapping("/stats/monthly")
	String monthlyList(Model model) {
		model.addAttribute("reports", this.monthly.list());
		model.addAttribute("lastMonth", YearMonth.from(this.statistics.today()).minusMonths(1).toString());
		model.addAttribute("thisMonth", YearMonth.from(this.statistics.today()).toString());
		model.addAttribute("tab", "monthly");
		return "statistics/monthly";
	}

	@PostMapping("/stats/monthly")
	String generate(@RequestParam String month, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) throws IOException {
		try {
			long id = this.monthly.generate(YearMonth.parse(month), user);
			redirect.addFlashAttribute("generated", id);
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("monthError", true);
		}
		return "redirect:/stats/monthly";
	}

	@GetMapping("/stats/monthly/{id:\\d+}.pdf")
	ResponseEntity<byte[]> monthlyPdf(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user) {
		YearMonth month = this.monthly.monthOf(id);
		byte[] pdf = this.monthly.download(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bao-cao-thang-" + month + ".pdf").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	private Awareness awarenessOf(@Nullable Long unit, Locale locale) {
		try {
			return this.statistics.awareness(unit, locale);
		}
		catch (java.util.NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** The requested period, or the default with a message when the request was wrong. */
	private Period period(@Nullable String from, @Nullable String to, @Nullable String by, Model model) {
		try {
			return Period.parse(from, to, by, this.statistics.today());
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("periodError", true);
			return Period.lastMonths(this.statistics.today(), 12);
		}
	}

	private Period parse(@Nullable String from, @Nullable String to, @Nullable String by) {
		try {
			return Period.parse(from, to, by, this.statistics.today());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from/to: YYYY-MM, by: month|week");
		}
	}

	private YearMonth month(@Nullable String month, Model model) {
		try {
			return parseMonth(month);
		}
		catch (ResponseStatusException ex) {
			model.addAttribute("periodError", true);
			return YearMonth.from(this.statistics.today());
		}
	}

	private YearMonth parseMonth(@Nullable String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.from(this.statistics.today());
		}
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month: YYYY-MM");
		}
	}

	private static Map<String, String> query(Period period) {
		return Map.of("from", period.fromParam(), "to", period.toParam(), "by", period.weekly() ? "week" : "month");
	}

	private StatisticsTables tables(Locale locale) {
		return new StatisticsTables(this.messages, locale, this.statistics.smallCount());
	}

	private Map<String, String> names(Locale locale) {
		Map<String, String> names = new HashMap<>();
		for (String key : NAME_KEYS) {
			names.put(key, this.messages.getMessage("stats.col." + key, null, key, locale));
		}
		for (String age : List.of("under2", "2to7", "1to4w", "over4w")) {
			names.put("age." + age, this.messages.getMessage("stats.age." + age, null, age, locale));
		}
		for (vn.canhgiac.app.reports.ReportCategory category : vn.canhgiac.app.reports.ReportCategory.values()) {
			names.put("category." + category.name(),
					this.messages.getMessage("stats.category." + category.name(), null, category.name(), locale));
		}
		return names;
	}

	/**
	 * A table as CSV: UTF-8 with a byte-order mark (spreadsheets), no cell read as a
	 * formula.
	 */
	static ResponseEntity<byte[]> csv(StatisticsTables.Table table, String name) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(table.header());
			for (List<Object> row : table.rows()) {
				csv.printRecord(row.stream().map(SpreadsheetCells::value).toList());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".csv", StandardCharsets.UTF_8).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

}
