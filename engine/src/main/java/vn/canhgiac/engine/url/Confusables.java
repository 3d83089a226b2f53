package vn.canhgiac.engine.url;

import java.util.Locale;

import com.ibm.icu.text.SpoofChecker;

/**
 * How alike two names look. Combines the Unicode confusable skeleton (UTS #39 §4, via
 * ICU's SpoofChecker: Cyrillic "а" and Latin "a" share one) with the ASCII swaps phishers
 * use that UTS #39 does not cover ("0"/"o", "1"/"l", "rn"/"m", "vv"/"w"), and an
 * optimal-string-alignment edit distance for typo-squats ("vietcombnak").
 */
final class Confusables {

	private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

	private Confusables() {
	}

	/** A form in which names that look alike are equal. */
	static String skeleton(String label) {
		String skeleton = SKELETONS.getSkeleton(label).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(skeleton.length());
		for (int i = 0; i < skeleton.length(); i++) {
			char c = skeleton.charAt(i);
			switch (c) {
				case '0' -> out.append('o');
				case '1', 'i', '|' -> out.append('l');
				case '3' -> out.append('e');
				case '4' -> out.append('a');
				case '5' -> out.append('s');
				case '7' -> out.append('t');
				case '8' -> out.append('b');
				case '-', '_' -> {
				}
				default -> out.append(c);
			}
		}
		return out.toString().replace("rn", "m").replace("vv", "w").replace("cl", "d");
	}

	/**
	 * Whether any character of the label is outside ASCII and the label mixes scripts.
	 */
	static boolean mixesScripts(String unicodeLabel) {
		return (SKELETONS.failsChecks(unicodeLabel) && !unicodeLabel.chars().allMatch((c) -> c < 128));
	}

	/**
	 * Digits read as the letters they imitate ("sh0pee" → "shopee"), for edit distance.
	 */
	static String foldDigits(String label) {
		StringBuilder out = new StringBuilder(label.length());
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			out.append(switch (c) {
				case '0' -> 'o';
				case '1' -> 'l';
				case '3' -> 'e';
				case '4' -> 'a';
				case '5' -> 's';
				default -> c;
			});
		}
		return out.toString().replace("rn", "m").replace("vv", "w");
	}

	/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/** How many edits still count as a look-alike of a name of this length. */
	static int tolerance(int length) {
		if (length < 5) {
			return 0;
		}
		return (length < 11) ? 1 : 2;
	}

}
