package vn.canhgiac.app.platform;

/**
 * CSV cells a spreadsheet program will not run as a formula: text typed by people (names,
 * units, titles) that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe (OWASP "CSV injection").
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String text(String text) {
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	/** Text cells made safe, numbers as they are. */
	public static Object value(Object value) {
		return (value instanceof String text) ? text(text) : value;
	}

}
