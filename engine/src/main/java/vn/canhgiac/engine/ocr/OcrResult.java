package vn.canhgiac.engine.ocr;

import org.jspecify.annotations.Nullable;

/**
 * Text recognised in an image.
 *
 * @param available false when OCR could not run on this machine; {@code text} is then
 * empty and {@code unavailableReason} says what to install
 * @param text the recognised text, lines separated by {@code \n}
 * @param meanConfidencePercent Tesseract's mean word confidence, 0..100
 * @param languages the Tesseract language models used, e.g. {@code vie+eng}
 * @param unavailableReason plain-language reason when not available
 */
public record OcrResult(boolean available, String text, int meanConfidencePercent, String languages,
		@Nullable String unavailableReason) {

	static OcrResult unavailable(String reason) {
		return new OcrResult(false, "", 0, "", reason);
	}

}
