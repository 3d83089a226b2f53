package vn.canhgiac.engine.files;

import vn.canhgiac.engine.InputRejected;

/**
 * The plain-language refusals of a file that cannot be checked safely. They say what is
 * wrong and what is accepted, never how the program failed.
 */
final class Rejections {

	static final String ACCEPTED_EN = "accepted: e-mails (.eml), PDF, Office documents, APK, ZIP, images and screenshots";

	private Rejections() {
	}

	static InputRejected empty() {
		return new InputRejected("empty", "Tệp rỗng, không có gì để kiểm tra.",
				"The file is empty; " + ACCEPTED_EN + ".");
	}

	static InputRejected tooLarge(long maxBytes) {
		return new InputRejected("too_large", "Tệp quá lớn (tối đa " + maxBytes / (1024 * 1024) + " MB).",
				"The file is too large: at most " + maxBytes / (1024 * 1024) + " MB is accepted.");
	}

	static InputRejected truncatedArchive() {
		return new InputRejected("truncated", "Tệp nén bị cắt cụt hoặc hỏng, không đọc được.",
				"The archive is truncated or damaged and cannot be read; a complete ZIP file is expected.");
	}

	static InputRejected tooManyEntries(int maxEntries) {
		return new InputRejected("archive_bomb", "Tệp nén có quá nhiều tệp bên trong (tối đa " + maxEntries + ").",
				"The archive lists too many entries (at most " + maxEntries
						+ " are accepted); it looks like a zip bomb.");
	}

	static InputRejected bomb() {
		return new InputRejected("archive_bomb", "Tệp giải nén ra quá lớn so với kích thước (zip bomb).",
				"The file would expand far beyond its size (a zip bomb); it was not unpacked.");
	}

	static InputRejected tooDeep(int maxNesting) {
		return new InputRejected("archive_too_deep", "Tệp nén lồng nhau quá sâu (tối đa " + maxNesting + " cấp).",
				"Archives are nested too deeply (at most " + maxNesting + " levels are accepted).");
	}

	static InputRejected damaged(String what) {
		return new InputRejected("truncated", "Tệp " + what + " bị cắt cụt hoặc hỏng, không đọc được.",
				"The " + what + " file is truncated or damaged and cannot be read.");
	}

	static InputRejected mislabelled(String extension) {
		return new InputRejected("mislabelled", "Tệp mang đuôi ." + extension + " nhưng nội dung không phải loại đó.",
				"The file is named ." + extension + " but its content is not of that type nor of any type we "
						+ "recognise; " + ACCEPTED_EN + ".");
	}

	static InputRejected pixelFlood(long maxPixels) {
		return new InputRejected("pixel_flood", "Ảnh có kích thước điểm ảnh quá lớn.",
				"The image declares more than " + maxPixels / 1_000_000 + " megapixels and was not decoded.");
	}

}
