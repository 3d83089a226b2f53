package vn.canhgiac.app.intel;

import org.jspecify.annotations.Nullable;

/**
 * The public answer about one value (DESIGN.md §2): nothing about reporters, victims or
 * cases.
 *
 * @param value the normal form, or null when the input is no phone, account, wallet,
 * handle, e-mail, link or domain
 * @param type the wire name of its kind, or null likewise
 * @param verdict {@code reported_scam}, {@code confirmed_scam} or {@code unknown}
 * @param reports {@code 0}, {@code 1-2}, {@code 3-9} or {@code 10+}
 * @param lastSeen month last seen, {@code YYYY-MM}, or null
 */
public record LookupResult(@Nullable String value, @Nullable String type, String verdict, String reports,
		@Nullable String lastSeen) {

	public static final String REPORTED = "reported_scam";

	public static final String CONFIRMED = "confirmed_scam";

	public static final String UNKNOWN = "unknown";

	/** Whether the input was a value the store can know. */
	public boolean recognised() {
		return this.value != null;
	}

	static String bucket(long count) {
		if (count <= 0) {
			return "0";
		}
		if (count <= 2) {
			return "1-2";
		}
		return (count <= 9) ? "3-9" : "10+";
	}

}
