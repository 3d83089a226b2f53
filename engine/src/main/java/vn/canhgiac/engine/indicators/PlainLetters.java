package vn.canhgiac.engine.indicators;

import java.text.Normalizer;

/**
 * Lower case without Vietnamese diacritics, one char for one char, so that offsets stay
 * valid. Context words are matched on this form because scam messages are written both
 * with and without diacritics ("số tài khoản", "so tai khoan").
 */
final class PlainLetters {

	private static final char[] TABLE = buildTable();

	private PlainLetters() {
	}

	static String of(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			char c = text.charAt(i);
			out[i] = (c < TABLE.length) ? TABLE[c] : Character.toLowerCase(c);
		}
		return new String(out);
	}

	private static char[] buildTable() {
		char[] table = new char[0x2000];
		for (char c = 0; c < table.length; c++) {
			table[c] = fold(c);
		}
		return table;
	}

	private static char fold(char c) {
		if (c == 'đ' || c == 'Đ') {
			return 'd';
		}
		if (Character.isSurrogate(c)) {
			return c;
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return Character.toLowerCase(decomposed.charAt(0));
	}

}
