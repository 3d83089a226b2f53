package vn.canhgiac.engine.image;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.InputRejected;

/**
 * Recognises the container from its magic bytes; the file name and any declared MIME type
 * are never trusted.
 */
final class FormatSniffer {

	private FormatSniffer() {
	}

	static ImageFormat sniff(byte[] b) {
		if (b.length == 0) {
			throw new InputRejected("empty", "Tệp rỗng (0 byte). Hãy gửi ảnh JPEG, PNG, WebP, TIFF, BMP hoặc GIF.",
					"The file is empty (0 bytes). Send a JPEG, PNG, WebP, TIFF, BMP or GIF picture.");
		}
		ImageFormat format = recognise(b);
		if (format != null) {
			return format;
		}
		if (isHeif(b)) {
			throw new InputRejected("unsupported_heic",
					"Ảnh HEIC/HEIF/AVIF chưa được hỗ trợ. Hãy gửi lại dưới dạng JPEG (trên iPhone: chia sẻ ảnh hoặc chụp màn hình).",
					"HEIC/HEIF/AVIF pictures are not supported yet. Please send the picture as JPEG.");
		}
		throw new InputRejected("wrong_type",
				"Tệp không phải là ảnh được hỗ trợ. Chấp nhận JPEG, PNG, WebP, TIFF, BMP, GIF.",
				"The file is not a supported picture. Accepted: JPEG, PNG, WebP, TIFF, BMP, GIF.");
	}

	private static @Nullable ImageFormat recognise(byte[] b) {
		if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
			return ImageFormat.JPEG;
		}
		if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return ImageFormat.PNG;
		}
		if (startsWith(b, 'G', 'I', 'F', '8')) {
			return ImageFormat.GIF;
		}
		if (startsWith(b, 'B', 'M')) {
			return ImageFormat.BMP;
		}
		if (startsWith(b, 'I', 'I', 42, 0) || startsWith(b, 'M', 'M', 0, 42)) {
			return ImageFormat.TIFF;
		}
		if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
				&& b[11] == 'P') {
			return ImageFormat.WEBP;
		}
		return null;
	}

	/** ISO BMFF {@code ftyp} box with a HEIF-family brand (HEIC from iPhones, AVIF). */
	private static boolean isHeif(byte[] b) {
		if (b.length < 12 || b[4] != 'f' || b[5] != 't' || b[6] != 'y' || b[7] != 'p') {
			return false;
		}
		String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
		return switch (brand) {
			case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis" -> true;
			default -> false;
		};
	}

	private static boolean startsWith(byte[] b, int... magic) {
		if (b.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((b[i] & 0xff) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
