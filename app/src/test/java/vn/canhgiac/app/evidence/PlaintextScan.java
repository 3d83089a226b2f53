package vn.canhgiac.app.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for plaintext JPEG, PNG, PDF and ZIP content in every file under a directory.
 *
 * <p>
 * Two kinds of hit count:
 * <ul>
 * <li>a file format signature anywhere in a file, confirmed by the bytes that follow it
 * (JPEG: {@code FF D8 FF}, a marker, a segment length and the next marker where that
 * length says; PNG: the whole 8-byte signature; PDF: {@code %PDF-d.d}; ZIP:
 * {@code PK 03 04} and a plausible "version needed"). The bare 3- and 4-byte magic
 * numbers occur by chance in ciphertext (FF D8 FF about once per 16 MB), so a test that
 * failed on them would fail at random; the confirmed forms occur by chance about once per
 * 2<sup>34</sup> bytes or less, while every real file of these formats has them;</li>
 * <li>any of the given needles (for example the first and middle 32 bytes of each file
 * the test uploaded) anywhere: plaintext of exactly what was sent.</li>
 * </ul>
 * Besides, no file may start with a bare magic number at all.
 */
final class PlaintextScan {

	private static final byte[][] BARE_MAGIC = { { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
			{ (byte) 0x89, 'P', 'N', 'G' }, { '%', 'P', 'D', 'F' }, { 'P', 'K', 3, 4 } };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private PlaintextScan() {
	}

	/** One piece of plaintext found. */
	record Finding(Path file, long offset, String what) {

		@Override
		public String toString() {
			return this.what + " at byte " + this.offset + " of " + this.file;
		}

	}

	/** Walks {@code root} (not following links) and scans every regular file. */
	static List<Finding> scan(Path root, Map<String, byte[]> needles) throws IOException {
		List<Finding> findings = new ArrayList<>();
		if (!Files.exists(root)) {
			return findings;
		}
		Map<Integer, List<Map.Entry<String, byte[]>>> byPrefix = new HashMap<>();
		for (Map.Entry<String, byte[]> needle : needles.entrySet()) {
			if (needle.getValue().length < 4) {
				throw new IllegalArgumentException("needle " + needle.getKey() + " is shorter than 4 bytes");
			}
			byPrefix.computeIfAbsent(int32(needle.getValue(), 0), (k) -> new ArrayList<>()).add(needle);
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((p) -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
				byte[] content;
				try {
					content = Files.readAllBytes(file);
				}
				catch (java.nio.file.NoSuchFileException ex) {
					continue;
				}
				scan(file, content, byPrefix, findings);
			}
		}
		return findings;
	}

	private static void scan(Path file, byte[] b, Map<Integer, List<Map.Entry<String, byte[]>>> byPrefix,
			List<Finding> findings) {
		for (byte[] magic : BARE_MAGIC) {
			if (startsWith(b, 0, magic)) {
				findings.add(new Finding(file, 0, "file starts with " + HexFormat.ofDelimiter(" ").formatHex(magic)));
			}
		}
		for (int i = 0; i + 4 <= b.length; i++) {
			int word = int32(b, i);
			List<Map.Entry<String, byte[]>> candidates = byPrefix.get(word);
			if (candidates != null) {
				for (Map.Entry<String, byte[]> needle : candidates) {
					if (startsWith(b, i, needle.getValue())) {
						findings.add(new Finding(file, i, needle.getKey()));
					}
				}
			}
			String signature = signatureAt(b, i);
			if (signature != null) {
				findings.add(new Finding(file, i, signature));
			}
		}
	}

	/** A confirmed file format signature starting at {@code i}, or null. */
	static String signatureAt(byte[] b, int i) {
		int first = b[i] & 0xFF;
		if (first == 0xFF && at(b, i + 1) == 0xD8 && at(b, i + 2) == 0xFF) {
			int marker = at(b, i + 3);
			int length = (at(b, i + 4) << 8) | at(b, i + 5);
			int next = i + 4 + length;
			if (marker >= 0xC0 && marker <= 0xFE && length >= 2 && at(b, next) == 0xFF && at(b, next + 1) >= 0xC0
					&& at(b, next + 1) <= 0xFE) {
				return "JPEG (FF D8 FF, marker, segment, next marker)";
			}
		}
		else if (first == 0x89 && startsWith(b, i, PNG)) {
			return "PNG signature";
		}
		else if (first == '%' && startsWith(b, i, new byte[] { '%', 'P', 'D', 'F', '-' }) && isDigit(at(b, i + 5))
				&& at(b, i + 6) == '.' && isDigit(at(b, i + 7))) {
			return "PDF header (%PDF-d.d)";
		}
		else if (first == 'P' && at(b, i + 1) == 'K' && at(b, i + 2) == 3 && at(b, i + 3) == 4 && at(b, i + 4) <= 63
				&& at(b, i + 5) == 0) {
			return "ZIP local file header (PK 03 04, version)";
		}
		return null;
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	/** The unsigned byte at {@code i}, or 256 past the end (matches nothing). */
	private static int at(byte[] b, int i) {
		return (i >= 0 && i < b.length) ? (b[i] & 0xFF) : 256;
	}

	private static int int32(byte[] b, int i) {
		return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
	}

	private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
		if (offset + prefix.length > b.length) {
			return false;
		}
		for (int k = 0; k < prefix.length; k++) {
			if (b[offset + k] != prefix[k]) {
				return false;
			}
		}
		return true;
	}

}
