package vn.canhgiac.app.intel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;
import vn.canhgiac.engine.indicators.Indicators;

/**
 * The store's normal forms: the engine's (DESIGN.md §2) for contacts, payment details and
 * links, plus two rules of its own. A domain is kept in lower case, in punycode, without
 * a leading {@code www.} ({@code www.vay-nhanh.xyz} and {@code vay-nhanh.xyz} are one
 * domain); fingerprints are 16 lower-case hex digits.
 */
final class IndicatorValues {

	private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{16}");

	private static final Pattern HOST_ONLY = Pattern.compile("(?i)^(?:https?://)?([^/?#:\\s]+)/?$");

	private IndicatorValues() {
	}

	/** A typed value as found by another module or a feed, in the store's normal form. */
	static Optional<Typed> normalize(IndicatorKind kind, String raw) {
		String value = raw.strip();
		if (value.isEmpty() || value.length() > 512) {
			return Optional.empty();
		}
		if (kind.isFingerprint()) {
			return HEX64.matcher(value).matches() ? Optional.of(new Typed(kind, value.toLowerCase(Locale.ROOT)))
					: Optional.empty();
		}
		Optional<Indicator> parsed = Indicators.normalize(value);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		Indicator indicator = parsed.get();
		return switch (kind) {
			case DOMAIN -> host(indicator).map((host) -> new Typed(IndicatorKind.DOMAIN, host));
			case URL -> (indicator.type() == IndicatorType.URL || indicator.type() == IndicatorType.DOMAIN)
					? Optional.of(new Typed(IndicatorKind.URL, indicator.normalized())) : Optional.empty();
			case ZALO, PHONE -> (indicator.type() == IndicatorType.PHONE || indicator.type() == IndicatorType.ZALO)
					? Optional.of(new Typed(kind, indicator.normalized())) : Optional.empty();
			case BANK_ACCOUNT, CARD -> {
				String digits = value.replaceAll("[\\s.\\-]", "");
				yield digits.matches("\\d{6,19}") ? Optional.of(new Typed(kind, digits)) : Optional.empty();
			}
			default -> wire(indicator.type()).filter((k) -> k == kind).map((k) -> new Typed(k, indicator.normalized()));
		};
	}

	/**
	 * A value typed into the lookup box, of unknown type: the engine's guess, with a link
	 * that is only a host name read as a domain.
	 */
	static Optional<Typed> guess(String raw) {
		Optional<Indicator> parsed = Indicators.normalize(raw);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		Indicator indicator = parsed.get();
		if (indicator.type() == IndicatorType.DOMAIN
				|| (indicator.type() == IndicatorType.URL && HOST_ONLY.matcher(indicator.normalized()).matches())) {
			return host(indicator).map((host) -> new Typed(IndicatorKind.DOMAIN, host));
		}
		return wire(indicator.type()).map((kind) -> new Typed(kind, indicator.normalized()));
	}

	/** The host of a link or domain in the store's domain form. */
	static Optional<String> host(Indicator indicator) {
		String text = indicator.normalized();
		if (indicator.type() != IndicatorType.URL && indicator.type() != IndicatorType.DOMAIN) {
			return Optional.empty();
		}
		String rest = text.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
		int end = rest.length();
		for (char stop : new char[] { '/', '?', '#', ':' }) {
			int at = rest.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String host = rest.substring(0, end).toLowerCase(Locale.ROOT);
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (host.startsWith("www.")) {
			host = host.substring(4);
		}
		if (host.isEmpty() || !host.contains(".")) {
			return Optional.empty();
		}
		if (!host.chars().allMatch((c) -> c < 0x80)) {
			try {
				host = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}
		return Optional.of(host);
	}

	/** The host of a stored url value, as a domain, if it has one. */
	static Optional<String> hostOfUrl(String url) {
		return Indicators.normalize(url).flatMap(IndicatorValues::host);
	}

	private static Optional<IndicatorKind> wire(IndicatorType type) {
		return IndicatorKind.fromWireName(type.wireName());
	}

	/** A value with its kind, in normal form. */
	record Typed(IndicatorKind kind, String value) {

	}

}
