package vn.canhgiac.engine.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a screenshot or a photographed letter in Vietnamese and English.
 * <p>
 * When the language data or the native library is missing the result says so instead of
 * failing: a check without OCR still decodes QR codes and hands the image to forensics.
 * <p>
 * The JavaCPP build of Tesseract 5.5 is not linked against OpenMP (only its bundled
 * Leptonica ships libgomp), so recognition uses one thread; {@code OMP_THREAD_LIMIT=1} in
 * the environment keeps it so should a build with OpenMP be used.
 */
public final class OcrReader {

	static final String NOT_INSTALLED = "OCR not available: install tesseract-ocr-vie and tesseract-ocr-eng "
			+ "(or set TESSDATA_PREFIX to a folder with vie.traineddata and eng.traineddata)";

	private static final Object LOCK = new Object();

	private static @Nullable TesseractEngine engine;

	private static @Nullable String failure;

	private OcrReader() {
	}

	/**
	 * @return true when the language data is installed, so that {@link #read} will
	 * recognise text
	 */
	public static boolean available() {
		return Tessdata.locate(System.getenv("TESSDATA_PREFIX")).isPresent();
	}

	public static OcrResult read(BufferedImage image) {
		TesseractEngine tesseract;
		synchronized (LOCK) {
			if (engine == null && failure == null) {
				start();
			}
			if (engine == null) {
				return OcrResult.unavailable((failure != null) ? failure : NOT_INSTALLED);
			}
			tesseract = engine;
		}
		return tesseract.recognize(image);
	}

	private static void start() {
		Optional<Path> tessdata = Tessdata.locate(System.getenv("TESSDATA_PREFIX"));
		if (tessdata.isEmpty()) {
			failure = NOT_INSTALLED;
			return;
		}
		try {
			engine = TesseractEngine.start(tessdata.get());
		}
		catch (RuntimeException | LinkageError ex) {
			failure = "OCR not available: the Tesseract library could not start on this machine";
		}
	}

}
