package vn.canhgiac.engine.files;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * SVG, XML and HTML files. An SVG picture can carry script, and an HTML attachment opens
 * a local copy of a fake login page that no link filter sees ("HTML smuggling").
 */
final class MarkupInspector {

	private MarkupInspector() {
	}

	static void inspectXml(byte[] bytes, FileType type, Inspection inspection) {
		String xml = new String(bytes, StandardCharsets.UTF_8);
		Findings findings = inspection.findings;
		if (XmlChecks.hasEntityTricks(xml)) {
			XmlChecks.xxe(findings, type == FileType.SVG ? "SVG" : "XML");
		}
		if (type == FileType.SVG && XmlChecks.hasScript(xml)) {
			findings.add("malware", "svg_script", 0.85, "Ảnh SVG có chứa mã lệnh (script) chạy khi mở.",
					"The SVG picture contains script that runs when it is opened.");
		}
	}

	static void inspectHtml(byte[] bytes, Inspection inspection) {
		String html = new String(bytes, StandardCharsets.UTF_8);
		Findings findings = inspection.findings;
		Document document = Jsoup.parse(html);
		boolean password = !document.select("input[type=password]").isEmpty();
		findings.add("phishing", "html_file", password ? 0.75 : 0.3,
				password ? "Tệp HTML là một trang đăng nhập có ô mật khẩu, kiểu trang giả mạo để lấy cắp tài khoản."
						: "Tệp HTML mở ra như một trang web trên máy bạn; kẻ gian dùng cách này để giấu trang giả mạo.",
				password ? "The HTML file is a login page with a password field, typical of credential phishing."
						: "The HTML file opens like a web page on your computer, a way to hide phishing pages.");
		for (Element anchor : document.select("a[href]")) {
			inspection.checkLink(anchor.attr("href"));
		}
		inspection.checkText(document.text());
	}

}
