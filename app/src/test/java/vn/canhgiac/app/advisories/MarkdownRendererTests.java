package vn.canhgiac.app.advisories;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Advisory bodies are Markdown rendered to HTML through an allow-list: nothing an editor
 * writes can run in a reader's page.
 */
class MarkdownRendererTests {

	@Test
	void formattingListsAndLinksSurvive() {
		String html = MarkdownRenderer
			.toSafeHtml("**Không** chuyển tiền.\n\n- Giữ chứng cứ\n- Gọi 113\n\n[Cổng](https://bocongan.gov.vn)");
		assertThat(html).contains("<strong>Không</strong>")
			.contains("<li>Giữ chứng cứ</li>")
			.contains("href=\"https://bocongan.gov.vn\"")
			.containsPattern("rel=\"[a-z ]*noopener[a-z ]*\"")
			.contains("noreferrer");
	}

	@Test
	void scriptsHandlersAndJavascriptLinksAreRemoved() {
		String html = MarkdownRenderer.toSafeHtml("""
				<script>alert(1)</script>

				<img src=x onerror=alert(2)>

				[bấm](javascript:alert(3)) và [đây](https://x.test "t")

				<a href="https://x.test" onclick="alert(4)">x</a>
				""");
		assertThat(html).doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain(" onerror=")
			.doesNotContain("href=\"javascript")
			.doesNotContain(" onclick=")
			.contains("href=\"https://x.test\"")
			.as("raw HTML is shown as text, not run")
			.contains("&lt;script&gt;");
	}

	@Test
	void plainTextAndFeedHtmlLoseTheirMarkup() {
		assertThat(MarkdownRenderer.toPlainText("**Đậm** và _nghiêng_")).isEqualTo("Đậm và nghiêng");
		assertThat(MarkdownRenderer.htmlToText("<p>Cảnh báo &amp; <b>lừa đảo</b><script>x()</script></p>"))
			.isEqualTo("Cảnh báo & lừa đảo");
	}

}
