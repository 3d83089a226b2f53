package vn.canhgiac.engine.indicators;

/**
 * Kinds of indicator, with the wire names of the contract in DESIGN.md §2.
 */
public enum IndicatorType {

	PHONE("phone"), BANK_ACCOUNT("bank_account"), CARD("card"), CRYPTO_WALLET("crypto_wallet"), TELEGRAM("telegram"),
	ZALO("zalo"), EMAIL("email"), URL("url"), DOMAIN("domain"), AMOUNT("amount");

	private final String wireName;

	IndicatorType(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

	public static IndicatorType fromWireName(String name) {
		for (IndicatorType type : values()) {
			if (type.wireName.equals(name)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown indicator type: " + name);
	}

}
