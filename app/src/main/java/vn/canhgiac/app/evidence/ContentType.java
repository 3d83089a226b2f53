package vn.canhgiac.app.evidence;

import java.nio.charset.StandardCharsets;

/**
 * The type of an upload decided by its first bytes, never by its name or the browser's
 * claim.
 */
final class ContentType {

	private ContentType() {
	}

	static String sniff(byte[] head) {
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (startsWith(head, 'G', 'I', 'F', '8')) {
			return "image/gif";
		}
		if (head.length >= 12 && startsWith(head, 'R', 'I', 'F', 'F') && head[8] == 'W' && head[9] == 'E'
				&& head[10] == 'B' && head[11] == 'P') {
			return "image/webp";
		}
		if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
			return "image/tiff";
		}
		if (startsWith(head, 'B', 'M')) {
			return "image/bmp";
		}
		if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
			String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
			return brand.startsWith("hei") || brand.startsWith("mif") ? "image/heic" : "video/mp4";
		}
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return "application/pdf";
		}
		if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
			return "application/zip";
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
			return "application/x-ole-storage";
		}
		if (startsWith(head, 'M', 'Z')) {
			return "application/x-msdownload";
		}
		if (isProbablyText(head)) {
			return "text/plain";
		}
		return "application/octet-stream";
	}

	static boolean isImage(String contentType) {
		return contentType.startsWith("image/") && !contentType.equals("image/heic");
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isProbablyText(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		return head.length > 0;
	}

}
