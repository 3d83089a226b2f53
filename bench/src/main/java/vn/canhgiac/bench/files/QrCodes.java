package vn.canhgiac.bench.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/** VietQR transfer codes drawn onto generated letters. */
final class QrCodes {

	private QrCodes() {
	}

	static void draw(BufferedImage image, String payload, int x, int y, int size) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.MARGIN, 2));
			Graphics2D g = image.createGraphics();
			for (int j = 0; j < matrix.getHeight(); j++) {
				for (int i = 0; i < matrix.getWidth(); i++) {
					g.setColor(matrix.get(i, j) ? Color.BLACK : Color.WHITE);
					g.fillRect(x + i, y + j, 1, 1);
				}
			}
			g.dispose();
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * EMVCo merchant-presented payload with the NAPAS GUID, bank BIN, account and amount.
	 */
	static String vietQr(String bin, String account, long amount) {
		String beneficiary = tlv("00", bin) + tlv("01", account);
		String merchant = tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", "QRIBFTTA");
		return tlv("00", "01") + tlv("01", "12") + tlv("38", merchant) + tlv("53", "704")
				+ tlv("54", Long.toString(amount)) + tlv("58", "VN") + tlv("63", "ABCD");
	}

	private static String tlv(String id, String value) {
		return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
	}

}
