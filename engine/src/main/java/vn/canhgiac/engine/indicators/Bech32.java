package vn.canhgiac.engine.indicators;

import java.util.Locale;

/**
 * Segregated-witness address validation: bech32 checksum (BIP-173) for witness version 0
 * and bech32m (BIP-350) for versions 1 to 16, with the program length rules of BIP-141.
 */
final class Bech32 {

	private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

	private static final int BECH32_CONST = 1;

	private static final int BECH32M_CONST = 0x2bc830a3;

	private static final int[] GENERATOR = { 0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3 };

	private Bech32() {
	}

	static boolean isValidSegwitAddress(String address) {
		if (address.length() > 90 || !(address.equals(address.toLowerCase(Locale.ROOT))
				|| address.equals(address.toUpperCase(Locale.ROOT)))) {
			return false;
		}
		String lower = address.toLowerCase(Locale.ROOT);
		int separator = lower.lastIndexOf('1');
		if (separator < 1 || separator + 7 > lower.length()) {
			return false;
		}
		String hrp = lower.substring(0, separator);
		if (!hrp.equals("bc") && !hrp.equals("tb")) {
			return false;
		}
		int[] data = new int[lower.length() - separator - 1];
		for (int i = 0; i < data.length; i++) {
			data[i] = CHARSET.indexOf(lower.charAt(separator + 1 + i));
			if (data[i] < 0) {
				return false;
			}
		}
		int checksum = polymod(hrp, data);
		int version = data[0];
		if (version > 16 || checksum != ((version == 0) ? BECH32_CONST : BECH32M_CONST)) {
			return false;
		}
		int programBits = (data.length - 7) * 5;
		if (programBits % 8 > 4) {
			return false;
		}
		int programBytes = programBits / 8;
		if (programBytes < 2 || programBytes > 40) {
			return false;
		}
		return version != 0 || programBytes == 20 || programBytes == 32;
	}

	private static int polymod(String hrp, int[] data) {
		int chk = 1;
		for (int i = 0; i < hrp.length(); i++) {
			chk = step(chk, hrp.charAt(i) >> 5);
		}
		chk = step(chk, 0);
		for (int i = 0; i < hrp.length(); i++) {
			chk = step(chk, hrp.charAt(i) & 31);
		}
		for (int value : data) {
			chk = step(chk, value);
		}
		return chk;
	}

	private static int step(int chk, int value) {
		int top = chk >>> 25;
		chk = ((chk & 0x1ffffff) << 5) ^ value;
		for (int i = 0; i < 5; i++) {
			if (((top >>> i) & 1) != 0) {
				chk ^= GENERATOR[i];
			}
		}
		return chk;
	}

}
