package vn.canhgiac.engine.ocr;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One Tesseract instance for the process. TessBaseAPI is not thread-safe and loading the
 * Vietnamese model costs ~0.5 s and tens of MB, so the instance is created once and calls
 * are serialised; on a 2-core machine a pool would gain little.
 */
final class TesseractEngine {

	/**
	 * Tesseract's LSTM models are trained on text of roughly 30 px x-height; screenshots
	 * at phone resolution are smaller, so small images are enlarged before recognition.
	 */
	private static final int ENLARGE_BELOW_PX = 1400;

	/**
	 * Recognition time grows with the pixel count; 16 MP keeps a page within seconds and
	 * still gives letters of a photographed A4 page enough pixels.
	 */
	private static final double MAX_PIXELS = 16_000_000;

	private final TessBaseAPI api;

	private boolean ended;

	private TesseractEngine(TessBaseAPI api) {
		this.api = api;
	}

	static TesseractEngine start(Path tessdata) {
		TessBaseAPI api = new TessBaseAPI();
		if (api.Init(tessdata.toString(), Tessdata.LANGUAGES) != 0) {
			api.close();
			throw new IllegalStateException("Tesseract could not load " + Tessdata.LANGUAGES + " from " + tessdata);
		}
		// Tesseract prints diagnostics ("Line cannot be recognized!!") on stderr, which
		// the CLI
		// keeps for one line on bad input; debug_file sends them elsewhere.
		api.SetVariable("debug_file", "/dev/null");
		TesseractEngine engine = new TesseractEngine(api);
		// Without End() before the process exits, Tesseract's static model cache reports
		// "LEAK!" on stderr, which the CLI keeps for one line on bad input.
		Runtime.getRuntime().addShutdownHook(new Thread(engine::end, "tesseract-end"));
		return engine;
	}

	static double scale(int width, int height) {
		double pixels = (double) width * height;
		double factor = (width < ENLARGE_BELOW_PX) ? 2 : 1;
		if (pixels * factor * factor > MAX_PIXELS) {
			factor = Math.sqrt(MAX_PIXELS / pixels);
		}
		return factor;
	}

	synchronized void end() {
		this.ended = true;
		this.api.End();
		this.api.close();
	}

	synchronized OcrResult recognize(BufferedImage image) {
		if (this.ended) {
			return OcrResult.unavailable("OCR not available: the process is shutting down");
		}
		BufferedImage gray = Grayscale.of(image, scale(image.getWidth(), image.getHeight()));
		byte[] pixels = Grayscale.bytes(gray);
		this.api.SetImage(pixels, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
		this.api.SetSourceResolution(300);
		BytePointer utf8 = this.api.GetUTF8Text();
		try {
			String text = (utf8 != null) ? utf8.getString(StandardCharsets.UTF_8) : "";
			int confidence = this.api.MeanTextConf();
			return new OcrResult(true, text.strip(), Math.max(0, confidence), Tessdata.LANGUAGES, null);
		}
		finally {
			if (utf8 != null) {
				utf8.deallocate();
			}
			this.api.Clear();
		}
	}

}
