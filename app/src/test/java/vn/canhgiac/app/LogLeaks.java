package vn.canhgiac.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never be in a log: the values the tests send (read from
 * {@code leak-sentinels.txt}), anything shaped like a Vietnamese mobile number, and
 * picture or document bytes, raw, as Latin-1 or UTF-8 text, or base64.
 */
final class LogLeaks {

	/**
	 * Mobile numbers: 0 + 3/5/7/8/9 + 8 digits, as one run or grouped 4-3-3, or +84 + 9
	 * digits; not inside a longer run of letters or digits (hashes, ids, timestamps).
	 */
	static final Pattern PHONE = Pattern.compile(
			"(?<![\\p{Alnum}+])(?:0[35789]\\d{8}|0[35789]\\d{2}[ .]\\d{3}[ .]\\d{3}|\\+84[ .]?\\d{9}|\\+84[ .]?\\d{2,3}[ .]\\d{3}[ .]\\d{3,4})(?![\\p{Alnum}])");

	/** Picture and document bytes as they would look in a text log. */
	private static final List<Marker> TEXT_MARKERS = List.of(
			new Marker("JPEG bytes read as Latin-1", "\u00FF\u00D8\u00FF"),
			new Marker("PNG bytes read as text", "PNG\r\n\u001A\n"), new Marker("PNG bytes read as UTF-8", "\uFFFDPNG"),
			new Marker("PDF bytes", "%PDF-"), new Marker("ZIP bytes", "PK\u0003\u0004"),
			new Marker("JPEG in base64", "/9j/"), new Marker("PNG in base64", "iVBORw0KGgo"),
			new Marker("PDF in base64", "JVBERi0"), new Marker("ZIP in base64", "UEsDB"));

	private static final List<byte[]> RAW_MAGIC = List.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
			new byte[] { (byte) 0x89, 'P', 'N', 'G' });

	private final List<String> sentinels;

	LogLeaks(List<String> sentinels) {
		this.sentinels = sentinels;
	}

	static LogLeaks fromResource() {
		try (InputStream in = LogLeaks.class.getResourceAsStream("/leak-sentinels.txt")) {
			if (in == null) {
				throw new IllegalStateException("leak-sentinels.txt is missing from the test classpath");
			}
			return new LogLeaks(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> parse(String text) {
		return text.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).toList();
	}

	List<String> sentinels() {
		return this.sentinels;
	}

	/** Every leak in one log, described without repeating the leaked value in full. */
	List<String> scan(String source, byte[] content) {
		List<String> leaks = new ArrayList<>();
		for (byte[] magic : RAW_MAGIC) {
			int at = indexOf(content, magic);
			if (at >= 0) {
				leaks.add(source + " byte " + at + ": raw bytes " + HexFormat.ofDelimiter(" ").formatHex(magic));
			}
		}
		String text = new String(content, StandardCharsets.UTF_8);
		String[] lines = text.split("\n", -1);
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n];
			String where = source + ":" + (n + 1) + ": ";
			for (String sentinel : this.sentinels) {
				if (line.contains(sentinel)) {
					leaks.add(where + "test value " + mask(sentinel));
				}
			}
			Matcher phone = PHONE.matcher(line);
			while (phone.find()) {
				leaks.add(where + "phone number " + mask(phone.group()));
			}
			for (Marker marker : TEXT_MARKERS) {
				if (line.contains(marker.text())) {
					leaks.add(where + marker.what());
				}
			}
		}
		return leaks;
	}

	/** Enough to find it, not enough to spread it further. */
	static String mask(String value) {
		return (value.length() <= 4) ? "…" : value.substring(0, 3) + "…" + value.substring(value.length() - 2);
	}

	private static int indexOf(byte[] content, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= content.length; i++) {
			for (int k = 0; k < needle.length; k++) {
				if (content[i + k] != needle[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private record Marker(String what, String text) {

	}

}
