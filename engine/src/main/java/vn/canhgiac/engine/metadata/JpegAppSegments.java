package vn.canhgiac.engine.metadata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The APPn segments of a JPEG before the first scan, as (marker, payload offset, payload
 * length). Kept separate from the metadata library so that dangerous packets can be
 * recognised — and removed — before any XML parser sees them.
 */
final class JpegAppSegments {

	record Segment(int marker, int offset, int length) {

		boolean startsWith(byte[] file, String prefix) {
			byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
			if (this.length < p.length) {
				return false;
			}
			for (int i = 0; i < p.length; i++) {
				if (file[this.offset + i] != p[i]) {
					return false;
				}
			}
			return true;
		}

		boolean contains(byte[] file, String needle) {
			return indexOf(file, needle.getBytes(StandardCharsets.ISO_8859_1), this.offset,
					this.offset + this.length) >= 0;
		}

	}

	private JpegAppSegments() {
	}

	static List<Segment> read(byte[] b) {
		List<Segment> out = new ArrayList<>();
		if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
			return out;
		}
		int pos = 2;
		while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xFF) {
			int marker = b[pos + 1] & 0xff;
			if (marker == 0xFF) {
				pos++;
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) {
				break;
			}
			int length = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
			if (length < 2 || pos + 2 + length > b.length) {
				break;
			}
			if (marker >= 0xE0 && marker <= 0xEF) {
				out.add(new Segment(marker, pos + 4, length - 2));
			}
			pos += 2 + length;
		}
		return out;
	}

	/**
	 * A copy of the file without the given segments (marker and length bytes included).
	 */
	static byte[] without(byte[] b, List<Segment> drop) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
		int pos = 0;
		for (Segment s : drop) {
			int start = s.offset() - 4;
			out.write(b, pos, start - pos);
			pos = s.offset() + s.length();
		}
		out.write(b, pos, b.length - pos);
		return out.toByteArray();
	}

	static int indexOf(byte[] b, byte[] needle, int from, int to) {
		outer: for (int i = from; i <= to - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (b[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
