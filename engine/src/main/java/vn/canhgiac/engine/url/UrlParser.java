package vn.canhgiac.engine.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.IDNA;
import org.jspecify.annotations.Nullable;

/**
 * Splits a link the way a browser would (WHATWG URL Standard, basic URL parser, for the
 * parts that decide where a browser goes): tabs and newlines inside are dropped,
 * backslashes count as slashes, the host is percent-decoded and mapped with UTS #46, and
 * numeric hosts in decimal, octal or hex are IPv4 addresses. Defanged writings are
 * refanged first. Nothing is resolved or fetched.
 */
final class UrlParser {

	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

	private static final Pattern DEFANGED = Pattern.compile("(?i)hxxp|\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\[:\\]");

	private static final IDNA IDNA_UTS46 = IDNA
		.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE);

	private UrlParser() {
	}

	/** The parts of a link, or null when there is no host a browser could go to. */
	static @Nullable ParsedUrl parse(String written) {
		String input = refang(written.strip().replaceAll("[\\t\\n\\r]", ""));
		String scheme = "http";
		boolean schemeWritten = false;
		String rest = input;
		Matcher m = SCHEME.matcher(input);
		if (m.find() && !input.substring(m.end()).matches("\\d{1,5}(?:[/?#].*)?")) {
			scheme = m.group(1).toLowerCase(Locale.ROOT);
			schemeWritten = true;
			rest = input.substring(m.end());
			if (!isSpecial(scheme)) {
				return null;
			}
		}
		rest = rest.replace('\\', '/');
		int slashes = 0;
		while (slashes < rest.length() && rest.charAt(slashes) == '/') {
			slashes++;
		}
		rest = rest.substring(slashes);
		int authorityEnd = indexOfAny(rest, "/?#");
		String authority = rest.substring(0, authorityEnd);
		String path = rest.substring(authorityEnd);
		String userinfo = null;
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			userinfo = authority.substring(0, at);
			authority = authority.substring(at + 1);
		}
		int port = -1;
		String host = authority;
		int colon = authority.lastIndexOf(':');
		if (colon >= 0 && !authority.endsWith("]")) {
			String portText = authority.substring(colon + 1);
			host = authority.substring(0, colon);
			if (!portText.isEmpty()) {
				if (!portText.matches("\\d{1,5}")) {
					return null;
				}
				port = Integer.parseInt(portText);
			}
		}
		host = percentDecode(host);
		if (host.isEmpty()) {
			return null;
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			return new ParsedUrl(scheme, schemeWritten, userinfo, host.toLowerCase(Locale.ROOT), host, true, port,
					path);
		}
		String ascii = toAscii(host);
		if (ascii == null) {
			return null;
		}
		String ipv4 = Ipv4Hosts.parse(ascii);
		if (ipv4 != null) {
			return new ParsedUrl(scheme, schemeWritten, userinfo, ipv4, ipv4, true, port, path);
		}
		return new ParsedUrl(scheme, schemeWritten, userinfo, ascii, toUnicode(ascii), false, port, path);
	}

	private static boolean isSpecial(String scheme) {
		return scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp") || scheme.equals("ws")
				|| scheme.equals("wss");
	}

	private static String refang(String text) {
		Matcher m = DEFANGED.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String found = m.group().toLowerCase(Locale.ROOT);
			m.appendReplacement(out, found.equals("hxxp") ? "http" : found.equals("[:]") ? ":" : ".");
		}
		m.appendTail(out);
		return out.toString();
	}

	private static int indexOfAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return text.length();
	}

	private static String percentDecode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] raw = text.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == '%' && i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
				bytes.write(Integer.parseInt(new String(raw, i + 1, 2, StandardCharsets.US_ASCII), 16));
				i += 2;
			}
			else {
				bytes.write(raw[i]);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static boolean isHex(byte b) {
		return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
	}

	private static @Nullable String toAscii(String host) {
		String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		StringBuilder ascii = new StringBuilder();
		IDNA.Info info = new IDNA.Info();
		IDNA_UTS46.nameToASCII(trimmed, ascii, info);
		if (info.hasErrors() || ascii.length() == 0 || ascii.indexOf(" ") >= 0) {
			return null;
		}
		return ascii.toString().toLowerCase(Locale.ROOT);
	}

	private static String toUnicode(String ascii) {
		StringBuilder unicode = new StringBuilder();
		IDNA.Info info = new IDNA.Info();
		IDNA_UTS46.nameToUnicode(ascii, unicode, info);
		return info.hasErrors() ? ascii : unicode.toString();
	}

}
