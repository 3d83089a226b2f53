package vn.canhgiac.engine.qr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;

import static org.assertj.core.api.Assertions.assertThat;

class QrReaderTests {

	@Test
	void decodesSeveralCodesInOneScreenshot() throws Exception {
		BufferedImage image = new BufferedImage(900, 450, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 900, 450);
		draw(g, "https://t.me/ThamTu_XuLy", 40, 40);
		draw(g, "https://dichvucong-gov.vn.xyz/app.apk", 480, 40);
		g.dispose();

		assertThat(QrReader.read(image)).extracting(QrCode::kind).containsExactlyInAnyOrder("telegram", "url");
		assertThat(QrReader.read(image)).flatExtracting(QrCode::indicators)
			.extracting(Indicator::normalized)
			.contains("@thamtu_xuly", "https://dichvucong-gov.vn.xyz/app.apk");
	}

	@Test
	void locatesEachCodeSoThatOcrCanSkipIt() throws Exception {
		BufferedImage image = new BufferedImage(900, 450, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 900, 450);
		draw(g, "https://t.me/ThamTu_XuLy", 480, 40);
		g.dispose();

		QrCode.Region region = QrReader.read(image).get(0).region();

		assertThat(region).isNotNull();
		assertThat(region.x()).isBetween(470, 540);
		assertThat(region.x() + region.width()).isBetween(780, 850);
		assertThat(region.y()).isBetween(30, 100);
	}

	@Test
	void blankImageHasNoCode() {
		assertThat(QrReader.read(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB))).isEmpty();
	}

	@Test
	void readsAccountBankAndAmountOfVietQrTransfer() {
		String payload = "00020101021238570010A00000072701270006970436011300123456789010208QRIBFTTA"
				+ "530370454085000000058" + "02VN6304ABCD";
		QrCode code = QrPayloads.classify(payload);
		assertThat(code.kind()).isEqualTo("vietqr");
		assertThat(code.indicators()).contains(
				new Indicator(IndicatorType.BANK_ACCOUNT, "0012345678901", "0012345678901", null, "Vietcombank"),
				new Indicator(IndicatorType.AMOUNT, "50000000", "50000000 VND", null, null));
	}

	@Test
	void acceptsOnlyChecksumValidTronWallets() {
		// The USDT-TRC20 contract address, a well-known valid TRON address.
		assertThat(QrPayloads.classify("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").kind()).isEqualTo("crypto_wallet");
		assertThat(QrPayloads.classify("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u").kind()).isEqualTo("text");
	}

	@Test
	void recognisesZaloAndPhonePayloads() {
		assertThat(QrPayloads.classify("https://zalo.me/0912345678").indicators()).extracting(Indicator::normalized)
			.containsExactly("+84912345678");
		assertThat(QrPayloads.classify("tel:0987654321").kind()).isEqualTo("phone");
	}

	private static void draw(Graphics2D g, String payload, int x, int y) throws Exception {
		BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 360, 360,
				Map.of(EncodeHintType.MARGIN, 2));
		for (int j = 0; j < matrix.getHeight(); j++) {
			for (int i = 0; i < matrix.getWidth(); i++) {
				g.setColor(matrix.get(i, j) ? Color.BLACK : Color.WHITE);
				g.fillRect(x + i, y + j, 1, 1);
			}
		}
	}

}
