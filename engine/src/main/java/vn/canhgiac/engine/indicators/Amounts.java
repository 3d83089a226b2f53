package vn.canhgiac.engine.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Sums of money as Vietnamese write them ("50tr", "2tr5", "1,5 tỷ", "150 củ", "500.000đ",
 * "50k USDT", "$200") in the normal form {@code <integer> <VND|USDT|USD>}. A number
 * counts only with a multiplier or a currency next to it, so points, percentages and
 * counts are left alone.
 */
final class Amounts {

	private static final String NUMBER = "\\d{1,3}(?:[.,]\\d{3}){1,6}(?:[.,]\\d{1,2})?|\\d{1,18}(?:[.,]\\d{1,18})?";

	private static final String MULTIPLIER = "tỷ|tỉ|ty|ti|triệu|trieu|tr|củ|cu|nghìn|nghin|ngàn|ngan|k";

	private static final String CURRENCY = "vnđ|vnd|đồng|đ|dong|usdt|usd|\\$|đô la|đô|dollars?|d";

	static final Pattern CANDIDATE = Pattern.compile("(?iu)(?<![\\p{L}\\d.,])(?:"
			+ "(?<pre>usdt|usd|\\$|vnđ|vnd)\\s?(?<pnum>" + NUMBER + ")(?:\\s?(?<pmult>" + MULTIPLIER + "))?"
			+ "|(?<num>" + NUMBER + ")\\s?(?:(?<mult>" + MULTIPLIER + ")(?:(?<rest>\\d{1,3})|\\s(?<half>rưỡi|ruoi))?)?"
			+ "(?:\\s?(?<cur>" + CURRENCY + "))?)(?![\\p{L}\\d])");

	record Amount(String normalized) {
	}

	private Amounts() {
	}

	/** The amount of a {@link #CANDIDATE} match, or null when it is only a number. */
	static @Nullable Amount of(Matcher match) {
		if (match.group("pre") != null) {
			String currency = currency(match.group("pre"));
			return build(match.group("pnum"), match.group("pmult"), null, false, currency);
		}
		String multiplier = match.group("mult");
		String written = match.group("cur");
		if (multiplier == null && written == null) {
			return null;
		}
		if (written != null && written.equalsIgnoreCase("d") && multiplier == null
				&& !match.group("num").matches("\\d{1,3}(?:[.,]\\d{3})+")) {
			// A bare "d" after a plain number is more often a day count than dong.
			return null;
		}
		String currency = (written != null) ? currency(written) : "VND";
		return build(match.group("num"), multiplier, match.group("rest"), match.group("half") != null, currency);
	}

	private static @Nullable Amount build(String number, @Nullable String multiplier, @Nullable String rest,
			boolean half, String currency) {
		BigDecimal unit = multiplier(multiplier);
		BigDecimal value = parse(number).multiply(unit);
		if (rest != null) {
			BigDecimal part = new BigDecimal(rest);
			// "2tr5" is 2.5 million; "2tr50" and "2tr500" name the thousands (2,050,000
			// and 2,500,000).
			value = value.add((rest.length() == 1) ? part.multiply(unit).divide(BigDecimal.TEN)
					: part.multiply(unit).divide(BigDecimal.valueOf(1000)));
		}
		if (half) {
			value = value.add(unit.divide(BigDecimal.valueOf(2)));
		}
		BigDecimal whole = value.setScale(0, RoundingMode.HALF_UP);
		if (whole.signum() <= 0 || whole.precision() > 18) {
			return null;
		}
		return new Amount(whole.toPlainString() + " " + currency);
	}

	private static BigDecimal multiplier(@Nullable String word) {
		if (word == null) {
			return BigDecimal.ONE;
		}
		String plain = PlainLetters.of(word);
		return switch (plain) {
			case "ty", "ti" -> BigDecimal.valueOf(1_000_000_000L);
			case "trieu", "tr", "cu" -> BigDecimal.valueOf(1_000_000L);
			default -> BigDecimal.valueOf(1_000L);
		};
	}

	private static String currency(String word) {
		String plain = PlainLetters.of(word);
		if (plain.equals("usdt")) {
			return "USDT";
		}
		if (plain.equals("usd") || plain.equals("$") || plain.startsWith("do") && !plain.equals("dong")
				|| plain.startsWith("dollar")) {
			return "USD";
		}
		return "VND";
	}

	/**
	 * Vietnamese write "1.500.000,5", English "1,500,000.5": when both separators appear
	 * the last is the decimal mark; a single separator followed by exactly three digits
	 * groups thousands, otherwise it is a decimal mark ("1,5 tỷ").
	 */
	static BigDecimal parse(String number) {
		int dots = count(number, '.');
		int commas = count(number, ',');
		String plain;
		if (dots > 0 && commas > 0) {
			char decimal = (number.lastIndexOf('.') > number.lastIndexOf(',')) ? '.' : ',';
			char grouping = (decimal == '.') ? ',' : '.';
			plain = number.replace(String.valueOf(grouping), "").replace(decimal, '.');
		}
		else if (dots + commas > 1) {
			plain = number.replace(".", "").replace(",", "");
		}
		else if (dots + commas == 1) {
			int at = Math.max(number.indexOf('.'), number.indexOf(','));
			boolean grouping = number.length() - at - 1 == 3;
			plain = grouping ? number.replace(".", "").replace(",", "") : number.replace(',', '.');
		}
		else {
			plain = number;
		}
		return new BigDecimal(plain.toLowerCase(Locale.ROOT));
	}

	private static int count(String text, char c) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

}
