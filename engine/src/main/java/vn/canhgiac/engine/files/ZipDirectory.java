package vn.canhgiac.engine.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import vn.canhgiac.engine.InputRejected;

/**
 * Reads a ZIP file's central directory (APPNOTE 6.3.10 §4.3.12-16) from memory, without
 * inflating anything, so that entry count, declared sizes, ratios, names and encryption
 * are judged before the first byte is decompressed. Entries are then inflated one at a
 * time with an output cap equal to their declared size, because a bomb can lie in its
 * directory.
 */
final class ZipDirectory {

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

	private static final int CENTRAL_SIGNATURE = 0x02014b50;

	private static final int LOCAL_SIGNATURE = 0x04034b50;

	private final byte[] bytes;

	private final List<ZipEntryInfo> entries;

	private ZipDirectory(byte[] bytes, List<ZipEntryInfo> entries) {
		this.bytes = bytes;
		this.entries = entries;
	}

	/**
	 * Names of a ZIP, or nothing for content that is not one; used for type detection.
	 */
	interface Lookup {

		boolean has(String name);

	}

	static Lookup lookup(byte[] bytes, int maxEntries) {
		try {
			Set<String> names = new HashSet<>();
			read(bytes, maxEntries).entries.forEach((entry) -> names.add(entry.name()));
			return names::contains;
		}
		catch (InputRejected ex) {
			return (name) -> false;
		}
	}

	List<ZipEntryInfo> entries() {
		return this.entries;
	}

	Optional<ZipEntryInfo> find(String name) {
		return this.entries.stream().filter((entry) -> entry.name().equals(name)).findFirst();
	}

	/**
	 * @throws InputRejected when the directory is missing (truncated file), lists more
	 * than {@code maxEntries} entries, or points outside the file
	 */
	static ZipDirectory read(byte[] bytes, int maxEntries) {
		int end = findEnd(bytes);
		long count = u16(bytes, end + 10);
		long offset = u32(bytes, end + 16);
		if ((count == 0xFFFF || offset == 0xFFFFFFFFL) && end >= 20
				&& i32(bytes, end - 20) == ZIP64_LOCATOR_SIGNATURE) {
			long zip64End = u64(bytes, end - 12);
			if (zip64End < 0 || zip64End > bytes.length - 56) {
				throw Rejections.truncatedArchive();
			}
			count = u64(bytes, (int) zip64End + 32);
			offset = u64(bytes, (int) zip64End + 48);
		}
		if (count > maxEntries) {
			throw Rejections.tooManyEntries(maxEntries);
		}
		List<ZipEntryInfo> entries = new ArrayList<>();
		long position = offset;
		for (int i = 0; i < count; i++) {
			if (position < 0 || position > bytes.length - 46 || i32(bytes, (int) position) != CENTRAL_SIGNATURE) {
				throw Rejections.truncatedArchive();
			}
			int p = (int) position;
			int nameLength = u16(bytes, p + 28);
			int extraLength = u16(bytes, p + 30);
			int commentLength = u16(bytes, p + 32);
			if (p + 46L + nameLength + extraLength > bytes.length) {
				throw Rejections.truncatedArchive();
			}
			int flags = u16(bytes, p + 8);
			Charset charset = ((flags & 0x0800) != 0) ? StandardCharsets.UTF_8 : Charset.forName("IBM437");
			String name = new String(bytes, p + 46, nameLength, charset);
			long[] sizes = { u32(bytes, p + 20), u32(bytes, p + 24), u32(bytes, p + 42) };
			zip64Sizes(bytes, p + 46 + nameLength, extraLength, sizes);
			int method = u16(bytes, p + 10);
			boolean encrypted = (flags & 0x0001) != 0 || method == 99;
			entries.add(new ZipEntryInfo(name, method, sizes[0], sizes[1], sizes[2], encrypted));
			position = p + 46L + nameLength + extraLength + commentLength;
		}
		return new ZipDirectory(bytes, entries);
	}

	/**
	 * Overlapping entries (several directory records pointing at the same compressed
	 * data) make a small file inflate to terabytes without a high ratio per entry
	 * (Fifield, "A better zip bomb", WOOT 2019).
	 */
	boolean hasOverlappingEntries() {
		List<ZipEntryInfo> sorted = new ArrayList<>(this.entries);
		sorted.sort(Comparator.comparingLong(ZipEntryInfo::localHeaderOffset));
		for (int i = 1; i < sorted.size(); i++) {
			ZipEntryInfo previous = sorted.get(i - 1);
			if (previous.localHeaderOffset() + 30 + previous.compressedSize() > sorted.get(i).localHeaderOffset()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return the entry's content, never more than its declared size
	 * @throws InputRejected when the data inflates past its declared size or is damaged
	 */
	byte[] inflate(ZipEntryInfo entry) {
		long local = entry.localHeaderOffset();
		if (local > this.bytes.length - 30 || i32(this.bytes, (int) local) != LOCAL_SIGNATURE) {
			throw Rejections.truncatedArchive();
		}
		long start = local + 30 + u16(this.bytes, (int) local + 26) + u16(this.bytes, (int) local + 28);
		if (start + entry.compressedSize() > this.bytes.length || entry.uncompressedSize() > Integer.MAX_VALUE - 8) {
			throw Rejections.truncatedArchive();
		}
		int from = (int) start;
		int length = (int) entry.compressedSize();
		if (entry.method() == 0) {
			byte[] out = new byte[length];
			System.arraycopy(this.bytes, from, out, 0, length);
			return out;
		}
		byte[] out = new byte[(int) entry.uncompressedSize()];
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(this.bytes, from, length);
			int written = 0;
			while (!inflater.finished() && written < out.length) {
				int n = inflater.inflate(out, written, out.length - written);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				written += n;
			}
			if (!inflater.finished() && written == out.length && inflater.inflate(new byte[1]) > 0) {
				throw Rejections.bomb();
			}
			return (written == out.length) ? out : Arrays.copyOf(out, written);
		}
		catch (DataFormatException ex) {
			throw Rejections.truncatedArchive();
		}
		finally {
			inflater.end();
		}
	}

	private static void zip64Sizes(byte[] bytes, int start, int length, long[] sizes) {
		int p = start;
		while (p + 4 <= start + length && p + 4 <= bytes.length) {
			int id = u16(bytes, p);
			int size = u16(bytes, p + 2);
			if (id == 0x0001) {
				int q = p + 4;
				// Only the fields that are 0xFFFFFFFF in the record are present, in this
				// order.
				if (sizes[1] == 0xFFFFFFFFL && q + 8 <= bytes.length) {
					sizes[1] = u64(bytes, q);
					q += 8;
				}
				if (sizes[0] == 0xFFFFFFFFL && q + 8 <= bytes.length) {
					sizes[0] = u64(bytes, q);
					q += 8;
				}
				if (sizes[2] == 0xFFFFFFFFL && q + 8 <= bytes.length) {
					sizes[2] = u64(bytes, q);
				}
			}
			p += 4 + size;
		}
	}

	private static int findEnd(byte[] bytes) {
		int lowest = Math.max(0, bytes.length - 22 - 0xFFFF);
		for (int p = bytes.length - 22; p >= lowest; p--) {
			if (i32(bytes, p) == END_SIGNATURE) {
				return p;
			}
		}
		throw Rejections.truncatedArchive();
	}

	private static int u16(byte[] b, int p) {
		return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
	}

	private static int i32(byte[] b, int p) {
		return u16(b, p) | u16(b, p + 2) << 16;
	}

	private static long u32(byte[] b, int p) {
		return i32(b, p) & 0xFFFFFFFFL;
	}

	private static long u64(byte[] b, int p) {
		return u32(b, p) | u32(b, p + 4) << 32;
	}

}
