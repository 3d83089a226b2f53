package vn.canhgiac.engine.files;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;
import vn.canhgiac.engine.ocr.OcrReader;
import vn.canhgiac.engine.qr.QrCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageInspectorTests {

	private final FileAnalyzer analyzer = new FileAnalyzer();

	@Test
	void photographedExtortionLetterYieldsAccountFromQrTextAndForensicsHandOff() {
		BufferedImage letter = TestFiles.letter(
				List.of("Gửi anh Nguyễn Văn B,", "Chúng tôi có ảnh nhạy cảm của anh.", "Chuyển 50 triệu trong 24 giờ,",
						"nếu không sẽ gửi cho cơ quan và gia đình.", "Liên hệ Telegram @thamtu_xuly"),
				TestFiles.vietQr("970422", "0987654321999", 50_000_000));

		FileReport report = this.analyzer.analyze(TestFiles.png(letter), "thu.png");

		assertThat(report.detectedType()).isEqualTo("image/png");
		assertThat(report.handOffs()).containsExactly(FileReport.IMAGE_FORENSICS);
		assertThat(report.qrCodes()).extracting(QrCode::kind).containsExactly("vietqr");
		assertThat(report.indicators())
			.contains(new Indicator(IndicatorType.BANK_ACCOUNT, "0987654321999", "0987654321999", null, "MBBank"));
		if (OcrReader.available()) {
			assertThat(report.text()).contains("ảnh nhạy cảm");
			assertThat(report.verdict()).isEqualTo("dangerous");
			assertThat(report.category()).isEqualTo("extortion");
			assertThat(report.indicators()).extracting(Indicator::normalized).contains("@thamtu_xuly");
			assertThat(report.signals()).anyMatch((signal) -> signal.span() != null
					&& report.text().substring(signal.span().start(), signal.span().end()).contains("nhạy cảm"));
		}
		else {
			assertThat(report.notes()).anyMatch((note) -> note.contains("tesseract-ocr-vie"));
		}
	}

	@Test
	void flagsEntityDeclarationsInImageMetadata() {
		byte[] png = TestFiles.png(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB));
		byte[] xmp = ("<?xpacket begin=''?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">&e;</x:xmpmeta>")
			.getBytes(StandardCharsets.UTF_8);
		byte[] withXmp = Arrays.copyOf(png, png.length + xmp.length);
		System.arraycopy(xmp, 0, withXmp, png.length, xmp.length);

		FileReport report = this.analyzer.analyze(withXmp, "anh.png");

		assertThat(report.verdict()).isEqualTo("dangerous");
		assertThat(report.signals()).extracting(Signal::code).contains("xml_entity_attack");
		assertThat(report.handOffs()).containsExactly(FileReport.IMAGE_FORENSICS);
	}

	@Test
	void refusesPixelFloodFromTheHeader() {
		FileLimits limits = new FileLimits(1 << 20, 10, 1 << 20, 100, 3, 10_000);
		byte[] png = TestFiles.png(new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY));
		assertThatThrownBy(() -> new FileAnalyzer(limits).analyze(png, "a.png")).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("pixel_flood");
	}

	@Test
	void refusesTruncatedImage() {
		byte[] png = TestFiles.png(TestFiles.letter(List.of("x"), "y"));
		byte[] truncated = Arrays.copyOf(png, 200);
		assertThatThrownBy(() -> this.analyzer.analyze(truncated, "a.png")).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("truncated");
	}

}
