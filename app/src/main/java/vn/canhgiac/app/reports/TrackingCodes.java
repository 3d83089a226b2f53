package vn.canhgiac.app.reports;

import java.security.SecureRandom;

/**
 * Tracking codes: 16 characters of an unambiguous alphabet (80 bits), in groups of four.
 * The code is the anonymous reporter's only key to their report, so it must not be
 * guessable; lookups are rate-limited as well.
 */
final class TrackingCodes {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder("PA");
		for (int i = 0; i < 16; i++) {
			if (i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** Upper-cases and removes spaces, so a code read over the phone still matches. */
	static String clean(String typed) {
		return typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
	}

}
