package vn.canhgiac.engine.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The string pool of a compiled (binary XML, "AXML") AndroidManifest.xml. Permissions,
 * both requested ({@code uses-permission}) and required to bind a service (an
 * accessibility service declares {@code android.permission.BIND_ACCESSIBILITY_SERVICE}),
 * are strings of this pool, so reading the pool is enough to see them. Layout:
 * ResChunk_header and ResStringPool_header of the Android framework's ResourceTypes.h.
 */
final class AndroidManifest {

	private static final int XML_CHUNK = 0x0003;

	private static final int STRING_POOL_CHUNK = 0x0001;

	private static final int UTF8_FLAG = 0x100;

	private static final int MAX_STRINGS = 100_000;

	private AndroidManifest() {
	}

	/**
	 * @return the pool's strings, or empty when the bytes are not a readable AXML file
	 */
	static Optional<List<String>> strings(byte[] axml) {
		try {
			if (axml.length < 36 || u16(axml, 0) != XML_CHUNK || u16(axml, 8) != STRING_POOL_CHUNK) {
				return Optional.empty();
			}
			int pool = 8;
			int headerSize = u16(axml, pool + 2);
			int count = i32(axml, pool + 8);
			int flags = i32(axml, pool + 16);
			int stringsStart = i32(axml, pool + 20);
			if (count < 0 || count > MAX_STRINGS) {
				return Optional.empty();
			}
			boolean utf8 = (flags & UTF8_FLAG) != 0;
			List<String> strings = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				int at = pool + stringsStart + i32(axml, pool + headerSize + 4 * i);
				strings.add(utf8 ? utf8(axml, at) : utf16(axml, at));
			}
			return Optional.of(strings);
		}
		catch (IndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	private static String utf16(byte[] b, int at) {
		int length = u16(b, at);
		int p = at + 2;
		if ((length & 0x8000) != 0) {
			length = ((length & 0x7FFF) << 16) | u16(b, p);
			p += 2;
		}
		return new String(b, p, length * 2, StandardCharsets.UTF_16LE);
	}

	private static String utf8(byte[] b, int at) {
		int p = at;
		// The UTF-16 length comes first, then the UTF-8 byte length; each takes one or
		// two bytes.
		p += ((b[p] & 0x80) != 0) ? 2 : 1;
		int length = b[p] & 0xFF;
		if ((length & 0x80) != 0) {
			length = ((length & 0x7F) << 8) | (b[p + 1] & 0xFF);
			p++;
		}
		p++;
		return new String(b, p, length, StandardCharsets.UTF_8);
	}

	private static int u16(byte[] b, int p) {
		return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
	}

	private static int i32(byte[] b, int p) {
		return u16(b, p) | u16(b, p + 2) << 16;
	}

}
