package vn.canhgiac.engine.qr;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check validation (TRON and legacy Bitcoin addresses): the last four bytes are the
 * first four of SHA-256(SHA-256(payload)). A wallet that fails it is a typo or a decoy
 * and is not reported as an indicator.
 */
final class Base58Check {

	private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

	private Base58Check() {
	}

	static boolean valid(String address) {
		BigInteger value = BigInteger.ZERO;
		for (char c : address.toCharArray()) {
			int digit = ALPHABET.indexOf(c);
			if (digit < 0) {
				return false;
			}
			value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
		}
		byte[] raw = value.toByteArray();
		if (raw.length > 0 && raw[0] == 0) {
			raw = Arrays.copyOfRange(raw, 1, raw.length);
		}
		int leadingZeros = 0;
		while (leadingZeros < address.length() && address.charAt(leadingZeros) == '1') {
			leadingZeros++;
		}
		byte[] bytes = new byte[leadingZeros + raw.length];
		System.arraycopy(raw, 0, bytes, leadingZeros, raw.length);
		if (bytes.length < 5) {
			return false;
		}
		byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
		byte[] checksum = Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length);
		byte[] hash = sha256(sha256(payload));
		return Arrays.equals(Arrays.copyOf(hash, 4), checksum);
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
