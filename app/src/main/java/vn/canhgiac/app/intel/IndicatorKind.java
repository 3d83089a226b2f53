package vn.canhgiac.app.intel;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of indicator the store keeps, with their wire names. */
public enum IndicatorKind {

	PHONE("phone"), BANK_ACCOUNT("bank_account"), CARD("card"), CRYPTO_WALLET("crypto_wallet"), TELEGRAM("telegram"),
	ZALO("zalo"), EMAIL("email"), URL("url"), DOMAIN("domain"), IMAGE_HASH("image_hash"),
	TEXT_FINGERPRINT("text_fingerprint");

	private final String wireName;

	IndicatorKind(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

	/** Whether values of this kind link by near-duplicates (Hamming distance). */
	public boolean isFingerprint() {
		return this == IMAGE_HASH || this == TEXT_FINGERPRINT;
	}

	public static Optional<IndicatorKind> fromWireName(String name) {
		return Arrays.stream(values()).filter((kind) -> kind.wireName.equals(name)).findFirst();
	}

}
