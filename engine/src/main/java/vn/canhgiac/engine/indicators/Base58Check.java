package vn.canhgiac.engine.indicators;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Base58Check as used by Bitcoin legacy addresses and TRON: the payload followed by the
 * first four bytes of SHA-256(SHA-256(payload)). A typo in a written address breaks the
 * checksum, which is how a wallet is told from a random token.
 */
final class Base58Check {

	private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

	private static final BigInteger BASE = BigInteger.valueOf(58);

	private Base58Check() {
	}

	/** The payload without its checksum, or null when the text is not valid. */
	static byte @Nullable [] decode(String text) {
		BigInteger value = BigInteger.ZERO;
		for (int i = 0; i < text.length(); i++) {
			int digit = ALPHABET.indexOf(text.charAt(i));
			if (digit < 0) {
				return null;
			}
			value = value.multiply(BASE).add(BigInteger.valueOf(digit));
		}
		byte[] magnitude = value.toByteArray();
		int signByte = (magnitude.length > 1 && magnitude[0] == 0) ? 1 : 0;
		int leadingZeros = 0;
		while (leadingZeros < text.length() && text.charAt(leadingZeros) == '1') {
			leadingZeros++;
		}
		int valueLength = (value.signum() == 0) ? 0 : magnitude.length - signByte;
		byte[] bytes = new byte[leadingZeros + valueLength];
		System.arraycopy(magnitude, magnitude.length - valueLength, bytes, leadingZeros, valueLength);
		if (bytes.length < 5) {
			return null;
		}
		byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
		byte[] checksum = Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length);
		byte[] expected = Arrays.copyOf(doubleSha256(payload), 4);
		return MessageDigest.isEqual(checksum, expected) ? payload : null;
	}

	private static byte[] doubleSha256(byte[] data) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return sha256.digest(sha256.digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
