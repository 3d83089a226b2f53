package vn.canhgiac.engine.qr;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * Finds and decodes the QR codes in a screenshot or a photo. Photos of letters are large,
 * blurred and unevenly lit, so each image is tried with two binarizers and, when large,
 * at a reduced size too; the union of what was decoded is returned.
 */
public final class QrReader {

	/**
	 * Side length above which a reduced copy is also tried: finder patterns of a QR code
	 * photographed from a distance become too thin for the detector at full size.
	 */
	private static final int REDUCE_ABOVE_PX = 1600;

	private static final Map<DecodeHintType, Object> HINTS = hints();

	private QrReader() {
	}

	/**
	 * @return the distinct codes in reading order of discovery, empty when there is none
	 */
	public static List<QrCode> read(BufferedImage image) {
		Set<String> payloads = new LinkedHashSet<>();
		decodeAll(image, payloads);
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest > REDUCE_ABOVE_PX) {
			decodeAll(scaled(image, (double) REDUCE_ABOVE_PX / longest), payloads);
		}
		List<QrCode> codes = new ArrayList<>();
		for (String payload : payloads) {
			codes.add(QrPayloads.classify(payload));
		}
		return codes;
	}

	private static void decodeAll(BufferedImage image, Set<String> payloads) {
		LuminanceSource source = luminance(image);
		List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new,
				GlobalHistogramBinarizer::new);
		for (Function<LuminanceSource, Binarizer> binarizer : binarizers) {
			BinaryBitmap bitmap = new BinaryBitmap(binarizer.apply(source));
			try {
				for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, HINTS)) {
					payloads.add(result.getText());
				}
			}
			catch (ReaderException ex) {
				// Not found with this binarizer; the single-code reader below is more
				// forgiving
				// of perspective.
			}
			try {
				payloads.add(new QRCodeReader().decode(bitmap, HINTS).getText());
			}
			catch (ReaderException ex) {
				// none here
			}
		}
	}

	private static LuminanceSource luminance(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
		return new RGBLuminanceSource(width, height, argb);
	}

	private static BufferedImage scaled(BufferedImage image, double factor) {
		int width = Math.max(1, (int) (image.getWidth() * factor));
		int height = Math.max(1, (int) (image.getHeight() * factor));
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		out.getGraphics().drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
		return out;
	}

	private static Map<DecodeHintType, Object> hints() {
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
		return Map.copyOf(hints);
	}

}
