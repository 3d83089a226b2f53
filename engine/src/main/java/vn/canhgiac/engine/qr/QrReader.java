package vn.canhgiac.engine.qr;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.jspecify.annotations.Nullable;

/**
 * Finds and decodes the QR codes in a screenshot or a photo. Photos of letters are large,
 * blurred and unevenly lit, so each image is tried with two binarizers, large images
 * first at a reduced size; what was decoded is returned once per payload.
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
		Map<String, QrCode.Region> payloads = new LinkedHashMap<>();
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest > REDUCE_ABOVE_PX) {
			double factor = (double) REDUCE_ABOVE_PX / longest;
			decodeAll(scaled(image, factor), factor, payloads);
		}
		// Full resolution only when the reduced copy found nothing or there is none: a 12
		// MP
		// photo costs four times the time and 48 MB of luminance at full size.
		if (payloads.isEmpty()) {
			decodeAll(image, 1, payloads);
		}
		List<QrCode> codes = new ArrayList<>();
		payloads.forEach((payload, region) -> codes.add(QrPayloads.classify(payload).located(region)));
		return codes;
	}

	private static void decodeAll(BufferedImage image, double factor, Map<String, QrCode.Region> payloads) {
		LuminanceSource source = luminance(image);
		List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new,
				GlobalHistogramBinarizer::new);
		for (Function<LuminanceSource, Binarizer> binarizer : binarizers) {
			BinaryBitmap bitmap = new BinaryBitmap(binarizer.apply(source));
			try {
				for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, HINTS)) {
					payloads.putIfAbsent(result.getText(), region(result, factor));
				}
			}
			catch (ReaderException ex) {
				// Not found with this binarizer; the single-code reader below is more
				// forgiving
				// of perspective.
			}
			try {
				Result result = new QRCodeReader().decode(bitmap, HINTS);
				payloads.putIfAbsent(result.getText(), region(result, factor));
			}
			catch (ReaderException ex) {
				// none here
			}
		}
	}

	/**
	 * The finder pattern centres sit 3.5 modules inside the symbol's corners; the box is
	 * widened by a quarter of its size to cover the symbol and its quiet zone.
	 */
	private static QrCode.@Nullable Region region(Result result, double factor) {
		ResultPoint[] points = result.getResultPoints();
		if (points == null || points.length < 3) {
			return null;
		}
		float minX = Float.MAX_VALUE;
		float minY = Float.MAX_VALUE;
		float maxX = -Float.MAX_VALUE;
		float maxY = -Float.MAX_VALUE;
		for (ResultPoint point : points) {
			minX = Math.min(minX, point.getX());
			minY = Math.min(minY, point.getY());
			maxX = Math.max(maxX, point.getX());
			maxY = Math.max(maxY, point.getY());
		}
		float marginX = (maxX - minX) / 4;
		float marginY = (maxY - minY) / 4;
		int x = (int) Math.max(0, (minX - marginX) / factor);
		int y = (int) Math.max(0, (minY - marginY) / factor);
		return new QrCode.Region(x, y, (int) ((maxX - minX + 2 * marginX) / factor),
				(int) ((maxY - minY + 2 * marginY) / factor));
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
