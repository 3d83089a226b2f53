package vn.canhgiac.engine.files;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailFileTests {

	private final FileAnalyzer analyzer = new FileAnalyzer();

	@Test
	void checksAttachmentsOfForwardedMessageAsFiles() {
		String program = Base64.getMimeEncoder().encodeToString(TestFiles.windowsProgram());
		String eml = """
				From: =?UTF-8?Q?T=C3=B2a_=C3=A1n?= <toaan.nhandan@gmail.com>
				Subject: Fwd: Giay trieu tap
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b1"

				--b1
				Content-Type: text/plain; charset=UTF-8

				Xem giay trieu tap o https://toaan-gov.vn.xyz/tt
				--b1
				Content-Type: message/rfc822

				From: x@example.com
				Subject: inner
				Content-Type: multipart/mixed; boundary="b2"

				--b2
				Content-Type: text/plain

				inner body
				--b2
				Content-Type: application/pdf; name="giaytrieutap.pdf.exe"
				Content-Disposition: attachment; filename="giaytrieutap.pdf.exe"
				Content-Transfer-Encoding: base64

				%s
				--b2--
				--b1--
				""".formatted(program);

		FileReport report = this.analyzer.analyze(eml.getBytes(StandardCharsets.UTF_8), "trieutap.eml");

		assertThat(report.verdict()).isEqualTo("dangerous");
		assertThat(report.mail()).isNotNull();
		assertThat(report.mail().fromName()).isEqualTo("Tòa án");
		assertThat(report.mail().nestedMessages()).isEqualTo(1);
		assertThat(report.signals()).extracting(Signal::code).contains("authority_from_free_mail");
		assertThat(report.indicators()).extracting((indicator) -> indicator.normalized())
			.contains("toaan.nhandan@gmail.com");
		assertThat(report.entries()).singleElement()
			.satisfies((attachment) -> assertThat(attachment.signals()).extracting(Signal::code)
				.contains("double_extension"));
		assertThat(report.indicators()).extracting((indicator) -> indicator.normalized())
			.contains("https://toaan-gov.vn.xyz/tt");
	}

	@Test
	void damagedAttachmentIsReportedWithoutRefusingTheMessage() {
		String eml = """
				From: a@example.vn
				Subject: Bao cao
				Content-Type: multipart/mixed; boundary="b1"

				--b1
				Content-Type: text/plain

				Gui anh bao cao.
				--b1
				Content-Type: application/pdf; name="baocao.pdf"
				Content-Disposition: attachment; filename="baocao.pdf"

				%PDF-1.7 cut here
				--b1--
				""";
		FileReport report = this.analyzer.analyze(eml.getBytes(StandardCharsets.UTF_8), "baocao.eml");
		assertThat(report.verdict()).isEqualTo("no_signs");
		assertThat(report.entries()).singleElement()
			.satisfies((attachment) -> assertThat(attachment.notes()).singleElement()
				.asString()
				.startsWith("Not checked: The PDF file is truncated"));
	}

	@Test
	void readsTextOfAtMostFiveImagesPerMessage() {
		String png = Base64.getMimeEncoder()
			.encodeToString(TestFiles.png(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB)));
		StringBuilder eml = new StringBuilder(
				"From: a@example.vn\r\nSubject: anh\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
		for (int i = 0; i < 7; i++) {
			eml.append("--b\r\nContent-Type: image/png; name=\"a")
				.append(i)
				.append(".png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
				.append(png)
				.append("\r\n");
		}
		eml.append("--b--\r\n");

		FileReport report = this.analyzer.analyze(eml.toString().getBytes(StandardCharsets.UTF_8), "anh.eml");

		assertThat(report.entries()).hasSize(7)
			.allSatisfy((image) -> assertThat(image.handOffs()).containsExactly(FileReport.IMAGE_FORENSICS));
		assertThat(report.entries())
			.filteredOn(
					(image) -> image.notes().stream().anyMatch((note) -> note.contains("more images than are read")))
			.hasSize(2);
	}

	@Test
	void judgesOnlyTheFirstFiftyLinks() {
		StringBuilder html = new StringBuilder();
		for (int i = 0; i < 400; i++) {
			html.append("<a href=\"https://example").append(i).append(".vn/\">x</a> ");
		}
		String eml = "From: a@example.vn\r\nSubject: tin\r\nContent-Type: text/html\r\n\r\n" + html + "\r\n";

		FileReport report = this.analyzer.analyze(eml.getBytes(StandardCharsets.UTF_8), "tin.eml");

		assertThat(report.mail().links()).hasSize(400);
		assertThat(report.notes()).contains("Only the first 50 links of this file were checked.");
	}

	@Test
	void refusesMimeBombSentAsFile() {
		StringBuilder eml = new StringBuilder(
				"From: a@example.vn\r\nSubject: bomb\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n");
		eml.append("--x\r\nContent-Type: text/plain\r\n\r\np\r\n".repeat(10_000)).append("--x--\r\n");
		assertThatThrownBy(() -> this.analyzer.analyze(eml.toString().getBytes(StandardCharsets.UTF_8), "bomb.eml"))
			.isInstanceOf(InputRejected.class)
			.hasMessageContaining("MIME bomb");
	}

}
