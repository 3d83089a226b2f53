package vn.canhgiac.app.intel;

/**
 * One indicator value as another module saw it.
 *
 * @param type the wire name: {@code phone}, {@code bank_account}, {@code card},
 * {@code crypto_wallet}, {@code telegram}, {@code zalo}, {@code email}, {@code url},
 * {@code domain}, {@code image_hash} (64-bit perceptual hash, 16 hex digits) or
 * {@code text_fingerprint} (64-bit SimHash of the normalised text, 16 hex digits)
 * @param value the normalised value (engine normalisers), never free text
 */
public record ObservedIndicator(String type, String value) {

}
