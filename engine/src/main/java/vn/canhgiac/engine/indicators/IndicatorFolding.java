package vn.canhgiac.engine.indicators;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.canhgiac.engine.MappedText;

/**
 * Undoes the disguises senders put on contacts and payment details before indicators are
 * looked for: NFC, zero-width and format characters, digits of other scripts, circled,
 * keycap and full-width digits, emoji used as separators, Vietnamese digits spelled out
 * as words, and defanged links ({@code hxxp}, {@code [.]}, {@code [at]}). Look-alike
 * letters are deliberately kept: a Cyrillic letter inside a domain is evidence for the
 * URL analysis, not noise.
 */
final class IndicatorFolding {

	private static final Pattern DEFANGED_SCHEME = Pattern.compile("(?i)\\bhxxp(s?)(\\[?:\\]?//|\\[://\\])?");

	private static final Pattern DEFANGED_DOT = Pattern
		.compile("(?i)\\s?(?:\\[\\s*(?:\\.|dot)\\s*\\]|\\(\\s*(?:\\.|dot)\\s*\\)|\\{\\s*(?:\\.|dot)\\s*\\})\\s?");

	private static final Pattern DEFANGED_AT = Pattern
		.compile("(?i)\\s?(?:\\[\\s*(?:@|at)\\s*\\]|\\(\\s*(?:@|at)\\s*\\)|\\{\\s*(?:@|at)\\s*\\})\\s?");

	private static final Pattern DEFANGED_COLON = Pattern.compile("\\[:\\]");

	private static final Map<String, String> DIGIT_WORDS = Map.ofEntries(Map.entry("không", "0"),
			Map.entry("khong", "0"), Map.entry("linh", "0"), Map.entry("một", "1"), Map.entry("mot", "1"),
			Map.entry("mốt", "1"), Map.entry("hai", "2"), Map.entry("ba", "3"), Map.entry("bốn", "4"),
			Map.entry("bon", "4"), Map.entry("tư", "4"), Map.entry("năm", "5"), Map.entry("nam", "5"),
			Map.entry("lăm", "5"), Map.entry("sáu", "6"), Map.entry("sau", "6"), Map.entry("bảy", "7"),
			Map.entry("bẩy", "7"), Map.entry("bay", "7"), Map.entry("tám", "8"), Map.entry("tam", "8"),
			Map.entry("chín", "9"), Map.entry("chin", "9"), Map.entry("zero", "0"), Map.entry("one", "1"),
			Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
			Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"));

	private static final String DIGIT_WORD = "(?:không|khong|linh|một|mot|mốt|hai|ba|bốn|bon|tư|năm|nam|lăm|sáu|sau|bảy|bẩy|bay|tám|tam|chín|chin|zero|one|two|three|four|five|six|seven|eight|nine)";

	/**
	 * Seven words at least: a phone or account number. Shorter runs ("ba năm") are
	 * ordinary Vietnamese.
	 */
	private static final Pattern SPELLED_DIGITS = Pattern
		.compile("(?iu)(?<![\\p{L}\\d])" + DIGIT_WORD + "(?:[\\s,.\\-]{1,3}" + DIGIT_WORD + "){6,18}(?![\\p{L}\\d])");

	private static final Pattern DIGIT_WORD_ALONE = Pattern.compile("(?iu)(?<!\\p{L})" + DIGIT_WORD + "(?!\\p{L})");

	private IndicatorFolding() {
	}

	static MappedText fold(String original) {
		MappedText.Builder builder = new MappedText.Builder(original.length());
		int i = 0;
		int n = original.length();
		while (i < n) {
			int cp = original.codePointAt(i);
			int clusterEnd = i + Character.charCount(cp);
			while (clusterEnd < n && isAttached(original.codePointAt(clusterEnd))) {
				clusterEnd += Character.charCount(original.codePointAt(clusterEnd));
			}
			appendCluster(builder, original, i, clusterEnd, cp);
			i = clusterEnd;
		}
		MappedText folded = builder.build();
		folded = folded.replaceAll(DEFANGED_SCHEME, (m) -> "http" + m.group(1) + ((m.group(2) != null) ? "://" : ""));
		folded = folded.replaceAll(DEFANGED_DOT, (m) -> ".");
		folded = folded.replaceAll(DEFANGED_AT, (m) -> "@");
		folded = folded.replaceAll(DEFANGED_COLON, (m) -> ":");
		return folded.replaceAll(SPELLED_DIGITS, (m) -> spelledToDigits(m.group()));
	}

	private static boolean isAttached(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || cp == 0xFE0F || cp == 0xFE0E;
	}

	private static void appendCluster(MappedText.Builder builder, String original, int start, int end, int cp) {
		if (cp < 0x80 && end == start + 1) {
			builder.append((char) cp, start, end);
			return;
		}
		if (Character.getType(cp) == Character.FORMAT) {
			return;
		}
		int digit = digitValue(cp);
		if (digit >= 0) {
			builder.append((char) ('0' + digit), start, end);
			return;
		}
		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			builder.append((char) (cp - 0xFEE0), start, end);
			return;
		}
		if (cp == 0x3002 || cp == 0xFF61) {
			builder.append('.', start, end);
			return;
		}
		if (Character.getType(cp) == Character.OTHER_SYMBOL || Character.isSupplementaryCodePoint(cp)) {
			// Emoji between digits are separators, never part of a value.
			builder.append(' ', start, end);
			return;
		}
		String cluster = original.substring(start, end);
		builder.append(Normalizer.normalize(cluster, Normalizer.Form.NFC), start, end);
	}

	private static int digitValue(int cp) {
		if (cp >= 0x2460 && cp <= 0x2468) {
			return cp - 0x2460 + 1;
		}
		if (cp == 0x24EA || cp == 0x24FF) {
			return 0;
		}
		if (cp >= 0x2776 && cp <= 0x277E) {
			return cp - 0x2776 + 1;
		}
		if (cp >= 0x2780 && cp <= 0x2788) {
			return cp - 0x2780 + 1;
		}
		if (cp >= 0x278A && cp <= 0x2792) {
			return cp - 0x278A + 1;
		}
		if (cp >= 0x1F100 && cp <= 0x1F10A) {
			return (cp == 0x1F100) ? 0 : cp - 0x1F101;
		}
		return Character.isDigit(cp) ? Character.digit(cp, 10) : -1;
	}

	private static String spelledToDigits(String run) {
		StringBuilder digits = new StringBuilder();
		var matcher = DIGIT_WORD_ALONE.matcher(run);
		while (matcher.find()) {
			digits.append(DIGIT_WORDS.get(matcher.group().toLowerCase(Locale.ROOT)));
		}
		return digits.toString();
	}

}
