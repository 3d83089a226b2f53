package vn.canhgiac.engine.indicators;

import java.util.List;
import java.util.Optional;

import vn.canhgiac.engine.InputRejected;

/**
 * The one indicator library of Cảnh Giác: finds phones, Zalo and Telegram contacts, bank
 * accounts, cards, crypto wallets, e-mail addresses, links, domains and sums of money in
 * any text, in the normal forms of DESIGN.md §2, and normalises a single value typed by a
 * user. Stateless and thread-safe.
 */
public final class Indicators {

	/** Longer texts are refused rather than scanned slowly. */
	public static final int MAX_TEXT_CHARS = 1_000_000;

	private static final int MAX_VALUE_CHARS = 512;

	private Indicators() {
	}

	/**
	 * Every indicator written in {@code text}, in order of appearance; spans refer to
	 * {@code text} as given.
	 * @throws InputRejected when the text is longer than {@link #MAX_TEXT_CHARS}
	 */
	public static List<Indicator> extract(String text) {
		if (text.length() > MAX_TEXT_CHARS) {
			throw new InputRejected("too_large", "Văn bản quá dài (tối đa 1.000.000 ký tự).",
					"The text is too long (at most 1,000,000 characters).");
		}
		return new IndicatorScanner(text).scan();
	}

	/**
	 * The normal form of one value of unknown type, as typed into a lookup box: a phone
	 * in any writing, an account number, a wallet, a handle, an e-mail, a link or a
	 * domain. A bare number that is no valid phone is taken as an account number of an
	 * unnamed bank.
	 */
	public static Optional<Indicator> normalize(String value) {
		String trimmed = value.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_VALUE_CHARS) {
			return Optional.empty();
		}
		List<Indicator> found = new IndicatorScanner(trimmed).scan();
		for (Indicator indicator : found) {
			if (indicator.span() != null && coversAll(trimmed, indicator)) {
				return Optional.of(indicator);
			}
		}
		String digits = trimmed.replaceAll("[\\s.\\-]", "");
		if (digits.matches("\\d{6,19}")) {
			String e164 = PhoneNumbers.toE164(digits, false);
			if (e164 != null) {
				return Optional.of(new Indicator(IndicatorType.PHONE, trimmed, e164, null, null));
			}
			return Optional.of(new Indicator(IndicatorType.BANK_ACCOUNT, trimmed, digits, null, null));
		}
		return Optional.empty();
	}

	private static boolean coversAll(String value, Indicator indicator) {
		String outside = value.substring(0, indicator.span().start()) + value.substring(indicator.span().end());
		return outside.replaceAll("[\\s,.;:()\\[\\]<>\"']", "").isEmpty();
	}

}
