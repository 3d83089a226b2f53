package vn.canhgiac.engine.qr;

import java.util.List;

import vn.canhgiac.engine.indicators.Indicator;

/**
 * One decoded QR code.
 *
 * @param payload the decoded text, exactly as encoded
 * @param kind what the payload is: {@code url}, {@code vietqr} (a bank transfer request
 * of the NAPAS/EMVCo standard), {@code crypto_wallet}, {@code telegram}, {@code zalo},
 * {@code phone}, {@code email} or {@code text}
 * @param indicators the contacts, accounts and links the payload carries
 */
public record QrCode(String payload, String kind, List<Indicator> indicators) {

	public QrCode {
		indicators = List.copyOf(indicators);
	}

}
