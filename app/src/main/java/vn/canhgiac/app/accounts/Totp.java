package vn.canhgiac.app.accounts;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): the code for a 30-second
 * time step is the dynamically truncated HMAC of the step counter.
 */
public final class Totp {

	public static final int STEP_SECONDS = 30;

	public static final int DIGITS = 6;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	/** The time step an instant falls in (RFC 6238 §4.2, T0 = 0). */
	public static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The six-digit HMAC-SHA1 code authenticator apps show for this step. */
	public static String code(byte[] key, long step) {
		return code(key, step, DIGITS, "HmacSHA1");
	}

	/**
	 * The code for a time step.
	 * @param hmacAlgorithm {@code HmacSHA1}, {@code HmacSHA256} or {@code HmacSHA512}
	 */
	public static String code(byte[] key, long step, int digits, String hmacAlgorithm) {
		try {
			Mac mac = Mac.getInstance(hmacAlgorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = mac.doFinal(longBytes(step));
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String code = Integer.toString(binary % POWERS[digits]);
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Compares in constant time, so the time taken does not tell how many digits were
	 * right.
	 */
	static boolean matches(String expected, String presented) {
		return MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	private static byte[] longBytes(long value) {
		byte[] bytes = new byte[8];
		for (int i = 7; i >= 0; i--) {
			bytes[i] = (byte) (value & 0xff);
			value >>>= 8;
		}
		return bytes;
	}

}
