package vn.canhgiac.app.advisories.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Dates and times as Vietnamese readers write them, in Vietnam's time zone. */
public final class AdvisoryFormats {

	static final AdvisoryFormats INSTANCE = new AdvisoryFormats();

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

	public String date(@Nullable LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String dateTime(@Nullable Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

	public String isoDate(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
