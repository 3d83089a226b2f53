package vn.canhgiac.app.statistics.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.canhgiac.app.statistics.Awareness;
import vn.canhgiac.app.statistics.CampaignView;
import vn.canhgiac.app.statistics.Period;
import vn.canhgiac.app.statistics.Situation;
import vn.canhgiac.app.statistics.Statistics;

/**
 * The dashboards as JSON for leaders' own tools. A suppressed figure is {@code {"value":
 * 0, "suppressed": true}}: never add it up.
 */
@RestController
@PreAuthorize("hasAnyRole('LEADER', 'POLICE_ADMIN')")
class StatisticsApiController {

	private final Statistics statistics;

	StatisticsApiController(Statistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/stats/situation")
	Situation situation(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String by,
			Locale locale) {
		Period period;
		try {
			period = Period.parse(from, to, by, this.statistics.today());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from/to: YYYY-MM, by: month|week");
		}
		return this.statistics.situation(period, locale);
	}

	@GetMapping("/api/stats/campaigns")
	CampaignView campaigns(@RequestParam(required = false) @Nullable String month, Locale locale) {
		try {
			YearMonth chosen = (month == null || month.isBlank()) ? YearMonth.from(this.statistics.today())
					: YearMonth.parse(month);
			return this.statistics.campaigns(chosen, locale);
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month: YYYY-MM");
		}
	}

	@GetMapping("/api/stats/awareness")
	Awareness awareness(@RequestParam(required = false) @Nullable Long unit, Locale locale) {
		try {
			return this.statistics.awareness(unit, locale);
		}
		catch (java.util.NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
