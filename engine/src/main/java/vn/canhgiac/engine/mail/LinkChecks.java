package vn.canhgiac.engine.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import vn.canhgiac.engine.Signal;

/**
 * Links of the body and the classic phishing trick of showing one address while linking
 * to another. jsoup only parses the HTML string; it never loads what the HTML references.
 */
final class LinkChecks {

	private static final Pattern PLAIN_URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"']+");

	/**
	 * Text that reads as an address: an optional scheme, a dotted host, an optional path.
	 */
	private static final Pattern ADDRESS_LIKE = Pattern
		.compile("(?i)^(?:https?://)?((?:[a-z0-9-]+\\.)+[a-z]{2,})(?::\\d+)?(?:[/?#]\\S*)?$");

	private static final Pattern HOST = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/?#]*@)?([^/?#:]+)");

	private LinkChecks() {
	}

	static String htmlText(String html) {
		return Jsoup.parse(html).text();
	}

	static List<MailLink> links(String plainText, String html) {
		Set<MailLink> links = new LinkedHashSet<>();
		if (!html.isBlank()) {
			Document document = Jsoup.parse(html);
			for (Element anchor : document.select("a[href]")) {
				links.add(new MailLink(anchor.text().strip(), anchor.attr("href").strip()));
			}
		}
		Matcher m = PLAIN_URL.matcher(plainText);
		while (m.find()) {
			String url = m.group().replaceAll("[.,;:!?)\\]]+$", "");
			links.add(new MailLink(url, url));
		}
		return new ArrayList<>(links);
	}

	static List<Signal> check(List<MailLink> links) {
		List<Signal> signals = new ArrayList<>();
		for (MailLink link : links) {
			Matcher shown = ADDRESS_LIKE.matcher(link.text());
			String target = host(link.href());
			if (shown.matches() && !target.isEmpty()) {
				String shownHost = shown.group(1).toLowerCase(Locale.ROOT);
				if (!Addresses.sameOrganisation(strip(shownHost), strip(target))) {
					signals.add(new Signal("link_text_mismatch", 0.6, null,
							"Đường link hiển thị " + shownHost + " nhưng thực chất dẫn tới " + target + ".",
							"A link shows " + shownHost + " but leads to " + target + "."));
				}
			}
		}
		return signals;
	}

	static String host(String href) {
		Matcher m = HOST.matcher(href.strip());
		return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
	}

	private static String strip(String host) {
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
