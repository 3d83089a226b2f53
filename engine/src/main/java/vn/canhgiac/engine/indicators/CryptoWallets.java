package vn.canhgiac.engine.indicators;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises wallet addresses only when their checksum holds, so that a random token of
 * the right shape is never reported as a wallet.
 */
final class CryptoWallets {

	static final Pattern CANDIDATE = Pattern
		.compile("(?<![A-Za-z0-9])(?:T[1-9A-HJ-NP-Za-km-z]{33}" + "|[13][1-9A-HJ-NP-Za-km-z]{25,34}"
				+ "|(?:bc1|BC1|tb1|TB1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}" + "|0x[0-9a-fA-F]{40})(?![A-Za-z0-9])");

	private CryptoWallets() {
	}

	static boolean isValid(String address) {
		char first = address.charAt(0);
		if (address.startsWith("0x")) {
			return isValidEthereum(address);
		}
		String lower = address.toLowerCase(Locale.ROOT);
		if (lower.startsWith("bc1") || lower.startsWith("tb1")) {
			return Bech32.isValidSegwitAddress(address);
		}
		byte[] payload = Base58Check.decode(address);
		if (payload == null || payload.length != 21) {
			return false;
		}
		int version = payload[0] & 0xff;
		if (first == 'T') {
			// TRON mainnet addresses carry version byte 0x41.
			return version == 0x41;
		}
		// Bitcoin mainnet P2PKH (0x00) and P2SH (0x05).
		return version == 0x00 || version == 0x05;
	}

	/**
	 * EIP-55: an all-lower or all-upper address carries no checksum and is accepted; a
	 * mixed-case one must capitalise exactly the hex letters whose nibble in
	 * Keccak-256(lower-case address) is 8 or more.
	 */
	static boolean isValidEthereum(String address) {
		String hex = address.substring(2);
		if (hex.equals(hex.toLowerCase(Locale.ROOT)) || hex.equals(hex.toUpperCase(Locale.ROOT))) {
			return true;
		}
		byte[] hash = Keccak256.hash(hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < hex.length(); i++) {
			char c = hex.charAt(i);
			if (Character.isLetter(c)) {
				int nibble = (i % 2 == 0) ? (hash[i / 2] >> 4) & 0xf : hash[i / 2] & 0xf;
				if ((nibble >= 8) != Character.isUpperCase(c)) {
					return false;
				}
			}
		}
		return true;
	}

}
