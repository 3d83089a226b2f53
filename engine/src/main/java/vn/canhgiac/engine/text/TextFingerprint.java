package vn.canhgiac.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of a message or letter (Charikar, "Similarity estimation techniques
 * from rounding algorithms", STOC 2002): texts that share most of their wording get
 * fingerprints a few bits apart, so the same extortion template sent to many officials is
 * recognised although names, sums and numbers differ.
 *
 * <p>
 * The text is first read the way the message rules read it ({@link MessageNormalizer}:
 * lower case, no diacritics, look-alike letters and teencode folded), runs of digits
 * become one placeholder word (numbers, sums and dates vary between copies), and the
 * features are overlapping shingles of three words (single words for shorter texts). Each
 * shingle's 64-bit hash votes +1/-1 on every bit; the fingerprint keeps the sign.
 * Stateless and thread-safe.
 */
public final class TextFingerprint {

	/** Fingerprints at most this many bits apart are near-duplicates. */
	public static final int NEAR_DUPLICATE_BITS = 10;

	private static final int SHINGLE_WORDS = 3;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int MAX_CHARS = 1_000_000;

	private TextFingerprint() {
	}

	/**
	 * The SimHash of {@code text} as 16 lower-case hex digits; {@code 0000000000000000}
	 * for a text without words.
	 * @param text any text; only the first 1,000,000 characters count
	 * @return the fingerprint
	 */
	public static String simHash64(String text) {
		return String.format("%016x", simHash(text));
	}

	/**
	 * Number of differing bits between two fingerprints of {@link #simHash64(String)}.
	 * @param a a fingerprint
	 * @param b another fingerprint
	 * @return 0..64
	 */
	public static int distance(String a, String b) {
		return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
	}

	static long simHash(String text) {
		String limited = (text.length() > MAX_CHARS) ? text.substring(0, MAX_CHARS) : text;
		List<String> words = words(MessageNormalizer.normalize(limited).text());
		if (words.isEmpty()) {
			return 0L;
		}
		int[] votes = new int[64];
		if (words.size() < SHINGLE_WORDS) {
			for (String word : words) {
				vote(votes, hash(word));
			}
		}
		else {
			StringBuilder shingle = new StringBuilder();
			for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
				shingle.setLength(0);
				for (int j = 0; j < SHINGLE_WORDS; j++) {
					shingle.append(words.get(i + j)).append(' ');
				}
				vote(votes, hash(shingle));
			}
		}
		long fingerprint = 0L;
		for (int bit = 0; bit < 64; bit++) {
			if (votes[bit] > 0) {
				fingerprint |= 1L << bit;
			}
		}
		return fingerprint;
	}

	private static List<String> words(String normalized) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(normalized);
		while (matcher.find()) {
			String word = matcher.group();
			words.add(word.chars().allMatch(Character::isDigit) ? "#" : word);
		}
		return words;
	}

	private static void vote(int[] votes, long hash) {
		for (int bit = 0; bit < 64; bit++) {
			votes[bit] += (((hash >>> bit) & 1L) != 0) ? 1 : -1;
		}
	}

	/** FNV-1a over the chars, then the SplitMix64 finaliser to spread the bits. */
	private static long hash(CharSequence s) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= h >>> 30;
		h *= 0xbf58476d1ce4e5b9L;
		h ^= h >>> 27;
		h *= 0x94d049bb133111ebL;
		h ^= h >>> 31;
		return h;
	}

}
