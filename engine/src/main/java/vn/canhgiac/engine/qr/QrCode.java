package vn.canhgiac.engine.qr;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.indicators.Indicator;

/**
 * One decoded QR code.
 *
 * @param payload the decoded text, exactly as encoded
 * @param region where the code is in the image, in pixels, when known
 * @param kind what the payload is: {@code url}, {@code vietqr} (a bank transfer request
 * of the NAPAS/EMVCo standard), {@code crypto_wallet}, {@code telegram}, {@code zalo},
 * {@code phone}, {@code email} or {@code text}
 * @param indicators the contacts, accounts and links the payload carries
 */
public record QrCode(String payload, @Nullable Region region, String kind, List<Indicator> indicators) {

	public QrCode {
		indicators = List.copyOf(indicators);
	}

	QrCode located(@Nullable Region where) {
		return new QrCode(this.payload, where, this.kind, this.indicators);
	}

	/**
	 * An axis-aligned box around the code's finder patterns and quiet zone.
	 */
	public record Region(int x, int y, int width, int height) {

	}

}
