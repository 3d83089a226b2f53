package vn.canhgiac.engine.qr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;

/**
 * Says what a QR payload is and which indicators it carries. Extortion letters print a
 * VietQR transfer code so that the victim pays without typing an account number; that
 * account is the most useful lead for the police, so VietQR is decoded field by field.
 */
final class QrPayloads {

	private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");

	private static final Pattern TELEGRAM = Pattern
		.compile("(?i)^(?:https?://)?(?:t|telegram)\\.me/([a-z0-9_]{5,32})/?$");

	private static final Pattern ZALO = Pattern.compile("(?i)^(?:https?://)?zalo\\.me/(0\\d{9}|84\\d{9})/?$");

	private static final Pattern TRON = Pattern.compile("^T[1-9A-HJ-NP-Za-km-z]{33}$");

	private static final Pattern ETHEREUM = Pattern.compile("^(?:ethereum:)?(0x[0-9a-fA-F]{40})$");

	private static final Pattern EMAIL = Pattern.compile("(?i)^(?:mailto:)?([a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,})$");

	private static final Pattern PHONE = Pattern.compile("^(?:tel:)?(\\+?84|0)(\\d{9})$");

	private QrPayloads() {
	}

	static QrCode classify(String payload) {
		String text = payload.strip();
		if (text.startsWith("000201") && text.contains(VietQr.NAPAS_GUID)) {
			return new QrCode(payload, null, "vietqr", VietQr.indicators(text));
		}
		Matcher m;
		if ((m = TELEGRAM.matcher(text)).matches()) {
			String handle = "@" + m.group(1).toLowerCase(Locale.ROOT);
			return one(payload, "telegram", IndicatorType.TELEGRAM, text, handle);
		}
		if ((m = ZALO.matcher(text)).matches()) {
			return one(payload, "zalo", IndicatorType.ZALO, text, e164(m.group(1)));
		}
		if (URL.matcher(text).matches()) {
			return one(payload, "url", IndicatorType.URL, text, text);
		}
		if (TRON.matcher(text).matches() && Base58Check.valid(text)) {
			return one(payload, "crypto_wallet", IndicatorType.CRYPTO_WALLET, text, text);
		}
		if ((m = ETHEREUM.matcher(text)).matches()) {
			return one(payload, "crypto_wallet", IndicatorType.CRYPTO_WALLET, m.group(1), m.group(1));
		}
		if ((m = EMAIL.matcher(text)).matches()) {
			return one(payload, "email", IndicatorType.EMAIL, m.group(1), m.group(1).toLowerCase(Locale.ROOT));
		}
		if ((m = PHONE.matcher(text)).matches()) {
			return one(payload, "phone", IndicatorType.PHONE, text, "+84" + m.group(2));
		}
		return new QrCode(payload, null, "text", List.of());
	}

	private static String e164(String digits) {
		return digits.startsWith("0") ? "+84" + digits.substring(1) : "+" + digits;
	}

	private static QrCode one(String payload, String kind, IndicatorType type, String value, String normalized) {
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(new Indicator(type, value, normalized, null, null));
		return new QrCode(payload, null, kind, indicators);
	}

}
