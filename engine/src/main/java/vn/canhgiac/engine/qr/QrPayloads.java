package vn.canhgiac.engine.qr;

import java.util.List;

import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.Indicators;

/**
 * Says what a QR payload is and which indicators it carries. Extortion letters print a
 * VietQR transfer code so that the victim pays without typing an account number; that
 * account is the most useful lead for the police, so VietQR is decoded field by field.
 * Every other payload goes through the shared indicator extractor, so that a wallet, a
 * handle or a phone in a QR code has the same normal form as in a message.
 */
final class QrPayloads {

	private QrPayloads() {
	}

	static QrCode classify(String payload) {
		String text = payload.strip();
		if (text.startsWith("000201") && text.contains(VietQr.NAPAS_GUID)) {
			return new QrCode(payload, null, "vietqr", VietQr.indicators(text));
		}
		if (text.length() > Indicators.MAX_TEXT_CHARS) {
			return new QrCode(payload, null, "text", List.of());
		}
		List<Indicator> indicators = Indicators.extract(text).stream().map(QrPayloads::withoutSpan).toList();
		boolean whole = indicators.size() == 1;
		String kind = whole ? indicators.get(0).type().wireName() : "text";
		return new QrCode(payload, null, kind, indicators);
	}

	/** Spans would point into the payload, not into any analysed text. */
	private static Indicator withoutSpan(Indicator indicator) {
		return new Indicator(indicator.type(), indicator.value(), indicator.normalized(), null, indicator.bank());
	}

}
