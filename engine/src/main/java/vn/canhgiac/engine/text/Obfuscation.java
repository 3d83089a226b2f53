package vn.canhgiac.engine.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.TextSpan;

/**
 * Writing that dodges spam filters, which no ordinary sender needs: digits inside words
 * ("KH0NG", "T1EN"), punctuation sprinkled inside words ("d!eu k!en", "N'ha'nL,jen"),
 * diaereses that Vietnamese does not use ("Näp", "Høi"), and a random tag of mixed-case
 * letters at the end ("… oZGa") that makes every copy of a bulk message different.
 */
final class Obfuscation {

	private static final Pattern TOKEN = Pattern.compile("\\S+");

	private static final Pattern LINK_LIKE = Pattern.compile("(?i).*(https?:|www\\.|/|@).*|.*\\.[a-z]{2,}$");

	/** "t.h.u.o.n.g": letters one by one between dots. */
	private static final Pattern SPELLED_WITH_DOTS = Pattern.compile("(?:\\p{L}\\.){3,}");

	private static final String LEET = "01349!|$";

	private static final String INNER_PUNCTUATION = "'\",;:~^*_";

	private static final String FOREIGN_DIAERESIS = "äöüøëïåÄÖÜØËÏÅ";

	/** Longer "words" are several words glued together. */
	private static final int GLUED = 25;

	private static final Pattern RANDOM_TAIL = Pattern.compile("[A-Za-z0-9]{3,6}");

	private static final Set<String> MIXED_CASE_WORDS = Set.of("iPhone", "iPad", "iOS", "eSIM", "eKYC", "VNeID", "MoMo",
			"eTax", "iCloud", "macOS", "YouTube", "TikTok", "PayPal", "ZaloPay", "ShopeePay", "VssID", "OnePay", "eBay",
			"McDonald", "FedEx", "WiFi", "VinID", "VNPay", "ViettelPay");

	record Finding(int tokens, @Nullable TextSpan first, @Nullable TextSpan tail) {
	}

	private Obfuscation() {
	}

	static Finding find(String original) {
		int count = 0;
		TextSpan first = null;
		Matcher m = TOKEN.matcher(original);
		int tokens = 0;
		int lastStart = -1;
		int lastEnd = -1;
		while (m.find()) {
			tokens++;
			lastStart = m.start();
			lastEnd = m.end();
			String token = m.group();
			if (LINK_LIKE.matcher(token).matches()) {
				continue;
			}
			if (token.length() > GLUED) {
				// Words glued together with the symbols that disguise them
				// ("a:b\"c;d,e"):
				// about two such symbols per disguised word.
				int glued = Math.max(symbolsBetweenLetters(token) / 2, isObfuscated(token) ? 1 : 0);
				if (glued > 0 && first == null) {
					first = new TextSpan(m.start(), m.end());
				}
				count += glued;
			}
			else if (isObfuscated(token)) {
				count++;
				if (first == null) {
					first = new TextSpan(m.start(), m.end());
				}
			}
		}
		TextSpan tail = null;
		if (tokens >= 5 && lastEnd - lastStart <= 6 && isRandomTag(original.substring(lastStart, lastEnd))) {
			tail = new TextSpan(lastStart, lastEnd);
		}
		return new Finding(count, first, tail);
	}

	private static boolean isObfuscated(String token) {
		if (SPELLED_WITH_DOTS.matcher(token).find()) {
			return true;
		}
		int innerPunctuation = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (FOREIGN_DIAERESIS.indexOf(c) >= 0) {
				return true;
			}
			if (i > 0 && i + 1 < token.length() && Character.isLetter(token.charAt(i - 1))
					&& Character.isLetter(token.charAt(i + 1))) {
				if (LEET.indexOf(c) >= 0) {
					return true;
				}
				if (INNER_PUNCTUATION.indexOf(c) >= 0) {
					innerPunctuation++;
				}
			}
		}
		return innerPunctuation >= 2;
	}

	/**
	 * Disguise symbols with a letter on each side; not the separators (",;:") of a list
	 * typed without spaces.
	 */
	private static int symbolsBetweenLetters(String token) {
		int n = 0;
		for (int i = 1; i + 1 < token.length(); i++) {
			char c = token.charAt(i);
			if ((LEET.indexOf(c) >= 0 || INNER_PUNCTUATION.indexOf(c) >= 0) && ",;:".indexOf(c) < 0
					&& Character.isLetter(token.charAt(i - 1)) && Character.isLetter(token.charAt(i + 1))) {
				n++;
			}
		}
		return n;
	}

	private static boolean isRandomTag(String token) {
		if (!RANDOM_TAIL.matcher(token).matches() || MIXED_CASE_WORDS.contains(token)) {
			return false;
		}
		boolean lower = token.chars().anyMatch(Character::isLowerCase);
		boolean upper = token.chars().anyMatch(Character::isUpperCase);
		boolean titleCase = Character.isUpperCase(token.charAt(0))
				&& token.substring(1).chars().noneMatch(Character::isUpperCase);
		return lower && upper && !titleCase;
	}

}
