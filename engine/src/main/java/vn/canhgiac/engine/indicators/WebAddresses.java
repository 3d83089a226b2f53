package vn.canhgiac.engine.indicators;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.common.net.InternetDomainName;
import com.ibm.icu.text.IDNA;
import org.jspecify.annotations.Nullable;

/**
 * Patterns and checks for links, domains, e-mail addresses and messenger handles.
 */
final class WebAddresses {

	static final Pattern EMAIL = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}._%+\\-/:])[\\p{L}\\p{N}._%+\\-]{1,64}"
			+ "@((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.){1,8}\\p{L}{2,24})(?![\\p{L}\\p{N}\\-])");

	static final Pattern TELEGRAM_LINK = Pattern.compile("(?i)(?<![\\w.\\-/])(?:https?://)?(?:www\\.)?"
			+ "(?:t\\.me|telegram\\.me|telegram\\.dog)/(?<invite>\\+|joinchat/)?(?<handle>[A-Za-z0-9_\\-]{3,64})"
			+ "(?<rest>[/?][^\\s<>\"']*)?");

	static final Pattern ZALO_LINK = Pattern
		.compile("(?i)(?<![\\w.\\-/])(?:https?://)?(?:chat\\.)?zalo\\.me/(?<number>\\+?\\d[\\d.]{7,14}\\d)(?![\\w/])");

	static final Pattern HANDLE = Pattern
		.compile("(?<![\\p{L}\\p{N}_@./])@(?<handle>[A-Za-z][A-Za-z0-9_]{3,31})(?![\\p{L}\\p{N}_@])");

	static final Pattern SCHEMED_URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"'`{}|\\\\^]+");

	static final Pattern WWW_URL = Pattern.compile("(?i)(?<![\\w.@/\\-])www\\.[^\\s<>\"'`{}|\\\\^]+");

	static final Pattern BARE_HOST = Pattern.compile(
			"(?iu)(?<![\\p{L}\\p{N}@._/\\-])(?<host>(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.){1,8}"
					+ "(?<tld>\\p{L}{2,24}))(?::\\d{2,5})?(?<path>[/?#][^\\s<>\"'`{}|\\\\^]*)?(?![\\p{L}\\p{N}@])");

	private static final IDNA IDNA_UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII);

	private WebAddresses() {
	}

	/** The ASCII (punycode) lower-case form of a host, or null when it is not one. */
	static @Nullable String asciiHost(String host) {
		String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		StringBuilder ascii = new StringBuilder();
		IDNA.Info info = new IDNA.Info();
		IDNA_UTS46.nameToASCII(trimmed, ascii, info);
		if (info.hasErrors() || ascii.length() == 0) {
			return null;
		}
		return ascii.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether a host name ends in a public suffix and has a label of its own under it.
	 */
	static boolean isRegistrable(String asciiHost) {
		try {
			return InternetDomainName.isValid(asciiHost) && InternetDomainName.from(asciiHost).isUnderPublicSuffix();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static long count(String text, char c) {
		return text.chars().filter((x) -> x == c).count();
	}

	/** Sentence punctuation that ends a link as written ("xem tại abc.com/x."). */
	static int trimTrailingPunctuation(CharSequence text, int start, int end) {
		while (end > start) {
			char last = text.charAt(end - 1);
			if (".,;:!?'\"…»>".indexOf(last) >= 0) {
				end--;
			}
			else if (last == ')' || last == ']') {
				char open = (last == ')') ? '(' : '[';
				String inside = text.subSequence(start, end).toString();
				if (count(inside, open) >= count(inside, last)) {
					break;
				}
				end--;
			}
			else {
				break;
			}
		}
		return end;
	}

}
