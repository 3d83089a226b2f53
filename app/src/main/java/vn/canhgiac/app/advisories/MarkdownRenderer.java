package vn.canhgiac.app.advisories;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Advisory bodies: Markdown to HTML, then through an allow-list sanitiser, so an editor's
 * text can never carry script, styles, frames or forms into the page of everyone who
 * reads it. Raw HTML in the Markdown is escaped, not passed through.
 */
public final class MarkdownRenderer {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a", "hr", "pre", "code", "br")
			.allowStandardUrlProtocols()
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("noopener", "noreferrer", "nofollow")
			.toFactory());

	private MarkdownRenderer() {
	}

	/** Safe HTML for a page. */
	public static String toSafeHtml(String markdown) {
		Node document = PARSER.parse(markdown);
		return POLICY.sanitize(HTML.render(document));
	}

	/** Plain text, for e-mail, CAP descriptions and feed summaries. */
	public static String toPlainText(String markdown) {
		return TEXT.render(PARSER.parse(markdown)).strip();
	}

	/** Text of an HTML fragment from someone else's feed: every tag dropped. */
	public static String htmlToText(String html) {
		String escaped = new HtmlPolicyBuilder().toFactory().sanitize(html);
		return org.owasp.html.Encoding.decodeHtml(escaped, false).replaceAll("\\s+", " ").strip();
	}

	static List<String> nonBlankLines(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
