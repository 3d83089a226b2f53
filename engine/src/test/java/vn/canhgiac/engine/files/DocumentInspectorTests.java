package vn.canhgiac.engine.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentInspectorTests {

	private static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

	private static final String DOCUMENT = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
			+ "<w:body><w:p><w:r><w:t>Giấy mời họp</w:t></w:r></w:p></w:body></w:document>";

	private final FileAnalyzer analyzer = new FileAnalyzer();

	@Test
	void flagsMacroInOpenXmlDocument() {
		Map<String, byte[]> parts = docx(DOCUMENT);
		parts.put("word/vbaProject.bin", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
		FileReport report = this.analyzer.analyze(TestFiles.zip(parts), "giaymoi.docm");
		assertThat(report.verdict()).isEqualTo("dangerous");
		assertThat(report.signals()).extracting(Signal::code).containsExactly("office_macro");
		assertThat(report.text()).contains("Giấy mời họp");
	}

	@Test
	void flagsMacroInBinaryDocumentByItsDirectoryEntry() {
		byte[] ole = new byte[2048];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole, 0, magic.length);
		byte[] name = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(name, 0, ole, 1024, name.length);
		FileReport report = this.analyzer.analyze(ole, "baocao.doc");
		assertThat(report.signals()).extracting(Signal::code).contains("office_macro");
	}

	@Test
	void ordinaryOpenXmlDocumentHasNoSigns() {
		FileReport report = this.analyzer.analyze(TestFiles.zip(docx(DOCUMENT)), "giaymoi.docx");
		assertThat(report.verdict()).isEqualTo("no_signs");
		assertThat(report.signals()).isEmpty();
	}

	@Test
	void officialWarningAboutScamsIsNotCalledDangerous() {
		String warning = DOCUMENT.replace("Giấy mời họp",
				"Công an tỉnh cảnh báo thủ đoạn giả danh công an gọi điện yêu cầu chuyển tiền vào tài khoản để "
						+ "xác minh. Người dân tuyệt đối không làm theo, không chuyển tiền và báo ngay cho công an nơi gần nhất.");
		FileReport report = this.analyzer.analyze(TestFiles.zip(docx(warning)), "canhbao.docx");
		assertThat(report.verdict()).isNotEqualTo("dangerous");
		assertThat(report.text()).contains("cảnh báo thủ đoạn");
	}

	@Test
	void scamLetterInDocxIsJudgedByItsText() {
		String scam = DOCUMENT.replace("Giấy mời họp",
				"Chúng tôi có clip nhạy cảm của anh. Chuyển 100 triệu vào tài khoản 0987654321 MBBank trước 17h "
						+ "hôm nay, nếu không clip sẽ được gửi cho vợ và cơ quan anh.");
		FileReport report = this.analyzer.analyze(TestFiles.zip(docx(scam)), "thu.docx");
		assertThat(report.verdict()).isEqualTo("dangerous");
		assertThat(report.category()).isEqualTo("extortion");
		assertThat(report.indicators()).extracting((indicator) -> indicator.type().wireName())
			.contains("bank_account", "amount");
	}

	@Test
	void flagsExternalEntityInDocx() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ DOCUMENT.substring(DOCUMENT.indexOf("<w:document")).replace("Giấy mời họp", "&x;");
		FileReport report = this.analyzer.analyze(TestFiles.zip(docx(xxe)), "giaymoi.docx");
		assertThat(report.verdict()).isEqualTo("dangerous");
		assertThat(report.signals()).extracting(Signal::code).contains("xml_entity_attack");
		assertThat(report.text()).doesNotContain("root:");
	}

	@Test
	void flagsRemoteTemplate() {
		Map<String, byte[]> parts = docx(DOCUMENT);
		parts.put("word/_rels/settings.xml.rels", ("<Relationships><Relationship Id=\"r1\" "
				+ "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" "
				+ "Target=\"http://203.0.113.9/t.dotm\" TargetMode=\"External\"/></Relationships>")
			.getBytes(StandardCharsets.UTF_8));
		FileReport report = this.analyzer.analyze(TestFiles.zip(parts), "giaymoi.docx");
		assertThat(report.signals()).extracting(Signal::code).contains("office_remote_content");
		assertThat(report.verdict()).isEqualTo("dangerous");
	}

	@Test
	void flagsEntitiesAndScriptInSvgButNotTheW3cDoctype() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
		assertThat(this.analyzer.analyze(xxe.getBytes(StandardCharsets.UTF_8), "logo.svg").signals())
			.extracting(Signal::code)
			.contains("xml_entity_attack");
		String script = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"location='https://x.example'\"/>";
		assertThat(this.analyzer.analyze(script.getBytes(StandardCharsets.UTF_8), "logo.svg").signals())
			.extracting(Signal::code)
			.contains("svg_script");
		String plain = "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
				+ "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>";
		assertThat(this.analyzer.analyze(plain.getBytes(StandardCharsets.UTF_8), "logo.svg").verdict())
			.isEqualTo("no_signs");
	}

	@Test
	void flagsJavaScriptInPdfEvenInsideObjectStreams() throws IOException {
		FileReport report = this.analyzer.analyze(pdf("Thông báo nộp phạt", true), "thongbao.pdf");
		assertThat(report.detectedType()).isEqualTo("application/pdf");
		assertThat(report.signals()).extracting(Signal::code).contains("pdf_javascript");
		assertThat(report.verdict()).isEqualTo("dangerous");
	}

	@Test
	void ordinaryPdfHasNoSignsAndItsTextIsRead() throws IOException {
		FileReport report = this.analyzer.analyze(pdf("Invoice 2024 see https://example.vn/a", false), "invoice.pdf");
		assertThat(report.verdict()).isEqualTo("no_signs");
		assertThat(report.text()).contains("Invoice 2024");
		assertThat(report.indicators()).extracting((indicator) -> indicator.normalized())
			.contains("https://example.vn/a");
	}

	@Test
	void refusesPdfWhoseStreamsInflatePastTheBudgetBeforeParsing() {
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
			out.write(new byte[3 * 1024 * 1024]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		pdf.writeBytes("%PDF-1.7\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n".getBytes(StandardCharsets.US_ASCII));
		pdf.writeBytes(deflated.toByteArray());
		pdf.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		FileLimits limits = new FileLimits(1 << 20, 10, 1 << 20, 100, 3, 1_000_000);

		assertThatThrownBy(() -> new FileAnalyzer(limits).analyze(pdf.toByteArray(), "bomb.pdf"))
			.isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("archive_bomb");
	}

	@Test
	void flagsApkWithSmsAndAccessibilityPermissions() {
		byte[] manifest = TestFiles.binaryManifest(
				List.of("manifest", "uses-permission", "vn.gov.dichvucong.fake", "android.permission.READ_SMS",
						"android.permission.INTERNET", "android.permission.BIND_ACCESSIBILITY_SERVICE"));
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("AndroidManifest.xml", manifest);
		entries.put("classes.dex", "dex\n035".getBytes(StandardCharsets.US_ASCII));
		FileReport report = this.analyzer.analyze(TestFiles.zip(entries), "VNeID_capnhat.apk");
		assertThat(report.verdict()).isEqualTo("dangerous");
		Signal permissions = report.signals()
			.stream()
			.filter((signal) -> signal.code().equals("apk_dangerous_permissions"))
			.findFirst()
			.orElseThrow();
		assertThat(permissions.messageEn()).contains("READ_SMS", "BIND_ACCESSIBILITY_SERVICE")
			.doesNotContain("INTERNET");
	}

	@Test
	void readsUtf8StringPoolsToo() {
		byte[] manifest = TestFiles.binaryManifest(List.of("manifest", "android.permission.SYSTEM_ALERT_WINDOW"), true);
		FileReport report = this.analyzer.analyze(TestFiles.zip(Map.of("AndroidManifest.xml", manifest)), "app.apk");
		assertThat(report.signals()).filteredOn((signal) -> signal.code().equals("apk_dangerous_permissions"))
			.singleElement()
			.satisfies((signal) -> assertThat(signal.messageEn()).contains("SYSTEM_ALERT_WINDOW"));
	}

	@Test
	void apkSentAsZipIsStillAnApk() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("AndroidManifest.xml", TestFiles.binaryManifest(List.of("android.permission.SEND_SMS")));
		FileReport report = this.analyzer.analyze(TestFiles.zip(entries), "anh.zip");
		assertThat(report.signals()).extracting(Signal::code)
			.contains("dangerous_file_type", "apk_dangerous_permissions", "extension_mismatch");
	}

	private static Map<String, byte[]> docx(String document) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
		parts.put("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
		return parts;
	}

	private static byte[] pdf(String text, boolean javaScript) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(50, 700);
				content.showText(javaScript ? "Thong bao nop phat" : text);
				content.endText();
			}
			if (javaScript) {
				document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x');"));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
