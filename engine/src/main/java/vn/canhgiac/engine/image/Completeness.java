package vn.canhgiac.engine.image;

import vn.canhgiac.engine.InputRejected;

/**
 * Detects files cut short in transfer. ImageIO happily decodes a truncated JPEG or PNG
 * and fills the rest with grey; analysing that grey would produce nonsense maps, so the
 * file is refused instead.
 */
final class Completeness {

	private Completeness() {
	}

	static void requireComplete(byte[] b, ImageFormat format) {
		boolean complete = switch (format) {
			case JPEG -> hasJpegEnd(b);
			case PNG -> contains(b, new byte[] { 'I', 'E', 'N', 'D' }, Math.max(0, b.length - 4096));
			default -> b.length >= 32;
		};
		if (!complete) {
			throw truncated();
		}
	}

	static InputRejected truncated() {
		return new InputRejected("truncated",
				"Tệp ảnh bị cắt cụt hoặc hỏng (thiếu phần cuối). Hãy gửi lại tệp gốc đầy đủ.",
				"The picture file is truncated or damaged (its end is missing). Send the complete original file.");
	}

	/**
	 * An end-of-image marker (FFD9) after the first start-of-scan. Cameras append padding
	 * or a second image after EOI, so the file is searched backwards; the search stops at
	 * the scan so that the EOI of an EXIF thumbnail (inside APP1) does not count.
	 */
	private static boolean hasJpegEnd(byte[] b) {
		int scan = firstScanOffset(b);
		if (scan < 0) {
			return false;
		}
		for (int i = b.length - 2; i > scan; i--) {
			if ((b[i] & 0xff) == 0xFF && (b[i + 1] & 0xff) == 0xD9) {
				return true;
			}
		}
		return false;
	}

	private static int firstScanOffset(byte[] b) {
		int pos = 2;
		while (pos + 4 <= b.length) {
			if ((b[pos] & 0xff) != 0xFF) {
				return -1;
			}
			int marker = b[pos + 1] & 0xff;
			if (marker == 0xFF) {
				pos++;
				continue;
			}
			if (marker == 0xDA) {
				return pos;
			}
			int length = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
			pos += 2 + length;
		}
		return -1;
	}

	private static boolean contains(byte[] b, byte[] needle, int from) {
		outer: for (int i = from; i <= b.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (b[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
