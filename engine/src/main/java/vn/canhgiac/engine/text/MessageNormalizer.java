package vn.canhgiac.engine.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

import vn.canhgiac.engine.MappedText;

/**
 * The form in which message rules and the classifier read a text: lower case, without
 * Vietnamese diacritics (many scam SMS are typed without them), without zero-width and
 * format characters, with Cyrillic and Greek look-alike letters read as Latin, full-width
 * forms as ASCII, and common abbreviations and teencode spelled out ("ck" → "chuyen
 * khoan", "stk" → "so tai khoan", "ko" → "khong"). Every char keeps the range of the
 * original text it came from, so a rule's match becomes a span of what was written.
 */
final class MessageNormalizer {

	private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('а', 'a'), Map.entry('е', 'e'),
			Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'), Map.entry('у', 'y'), Map.entry('х', 'x'),
			Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'), Map.entry('ԁ', 'd'), Map.entry('һ', 'h'),
			Map.entry('к', 'k'), Map.entry('м', 'm'), Map.entry('т', 't'), Map.entry('в', 'b'), Map.entry('н', 'h'),
			Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ρ', 'p'), Map.entry('ν', 'v'), Map.entry('ι', 'i'),
			Map.entry('κ', 'k'), Map.entry('τ', 't'), Map.entry('υ', 'u'), Map.entry('ε', 'e'), Map.entry('ø', 'o'));

	/** Abbreviations as Vietnamese write them in SMS and chat, spelled out. */
	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("ck", "chuyen khoan"),
			Map.entry("stk", "so tai khoan"), Map.entry("tk", "tai khoan"), Map.entry("acc", "tai khoan"),
			Map.entry("a/c", "anh chi"), Map.entry("a/e", "anh em"), Map.entry("o/b", "ong ba"),
			Map.entry("ib", "nhan tin"), Map.entry("inbox", "nhan tin"), Map.entry("nt", "nhan tin"),
			Map.entry("cccd", "can cuoc cong dan"), Map.entry("cmnd", "chung minh nhan dan"), Map.entry("ko", "khong"),
			Map.entry("k", "khong"), Map.entry("kg", "khong"), Map.entry("khg", "khong"), Map.entry("hok", "khong"),
			Map.entry("hk", "khong"), Map.entry("dc", "duoc"), Map.entry("dk", "dang ky"), Map.entry("j", "gi"),
			Map.entry("vs", "voi"), Map.entry("sdt", "so dien thoai"), Map.entry("dt", "dien thoai"),
			Map.entry("lh", "lien he"), Map.entry("mk", "mat khau"), Map.entry("pass", "mat khau"),
			Map.entry("bn", "ban"), Map.entry("tt", "thanh toan"), Map.entry("cty", "cong ty"),
			Map.entry("ng", "nguoi"), Map.entry("qc", "quang cao"), Map.entry("tb", "thong bao"),
			Map.entry("nh", "ngan hang"), Map.entry("hs", "ho so"), Map.entry("ctv", "cong tac vien"),
			Map.entry("nv", "nhiem vu"), Map.entry("zl", "zalo"), Map.entry("tele", "telegram"),
			Map.entry("fb", "facebook"), Map.entry("ad", "admin"), Map.entry("bhxh", "bao hiem xa hoi"),
			Map.entry("csgt", "canh sat giao thong"), Map.entry("vksnd", "vien kiem sat nhan dan"),
			Map.entry("tand", "toa an nhan dan"), Map.entry("app", "ung dung"), Map.entry("trc", "truoc"),
			Map.entry("ntn", "nhu the nao"), Map.entry("cq", "co quan"));

	private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\d])(?:a/c|a/e|o/b|[a-z]+)(?![\\p{L}\\d/])");

	/**
	 * A digit or "!" standing for a letter inside a word ("KH0NG", "T1EN", "d!eu",
	 * "tr0"): preceded by a letter and followed by a letter or the end of the word.
	 */
	private static final Pattern LEET = Pattern.compile("(?<=[a-z])[0134](?=[a-z]|(?<=[a-z]{2}[0134])(?![a-z0-9]))");

	private static final String LEET_DIGITS = "0134";

	private static final String LEET_LETTERS = "oiea";

	private MessageNormalizer() {
	}

	static MappedText normalize(String original) {
		MappedText.Builder builder = new MappedText.Builder(original.length() + 16);
		int i = 0;
		while (i < original.length()) {
			int cp = original.codePointAt(i);
			int next = i + Character.charCount(cp);
			appendFolded(builder, cp, i, next);
			i = next;
		}
		return builder.build()
			.replaceAll(LEET, (m) -> String.valueOf(LEET_LETTERS.charAt(LEET_DIGITS.indexOf(m.group().charAt(0)))))
			.replaceAll(TOKEN, (m) -> ABBREVIATIONS.getOrDefault(m.group(), m.group()));
	}

	private static void appendFolded(MappedText.Builder builder, int cp, int start, int end) {
		if (cp < 0x80) {
			builder.append((cp >= 'A' && cp <= 'Z') ? (char) (cp + 32) : (char) cp, start, end);
			return;
		}
		if (cp < FOLDED.length) {
			String folded = FOLDED[cp];
			if (folded == null) {
				folded = fold(cp);
				FOLDED[cp] = folded;
			}
			builder.append(folded, start, end);
			return;
		}
		MappedText.Builder one = new MappedText.Builder(2);
		slowFold(one, cp);
		builder.append(one.build().text(), start, end);
	}

	/**
	 * Folded forms of the BMP below U+2000, filled on first use (races only recompute).
	 */
	private static final String[] FOLDED = new String[0x2000];

	private static String fold(int cp) {
		MappedText.Builder one = new MappedText.Builder(2);
		slowFold(one, cp);
		return one.build().text();
	}

	private static void slowFold(MappedText.Builder builder, int cp) {
		int start = 0;
		int end = 0;
		int type = Character.getType(cp);
		if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| cp == 0xFE0F) {
			return;
		}
		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			cp -= 0xFEE0;
		}
		if (Character.isDigit(cp)) {
			builder.append((char) ('0' + Character.digit(cp, 10)), start, end);
			return;
		}
		if (Character.isSupplementaryCodePoint(cp) || type == Character.OTHER_SYMBOL) {
			builder.append(' ', start, end);
			return;
		}
		char c = Character.toLowerCase((char) cp);
		Character alike = LOOK_ALIKES.get(c);
		if (alike != null) {
			builder.append(alike, start, end);
			return;
		}
		if (c == 'đ') {
			builder.append('d', start, end);
			return;
		}
		if (c < 0x80) {
			builder.append(c, start, end);
			return;
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		for (int k = 0; k < decomposed.length(); k++) {
			char d = decomposed.charAt(k);
			if (Character.getType(d) != Character.NON_SPACING_MARK) {
				builder.append(d, start, end);
			}
		}
	}

}
