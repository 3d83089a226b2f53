package vn.canhgiac.engine.jpeg;

/**
 * Reads bits from entropy-coded JPEG data: removes the stuffed zero after each 0xFF and
 * stops at a marker, feeding zeros after it (T.81 F.2.2.5) so a short scan cannot read
 * out of bounds.
 */
final class EntropyBitReader {

	private final byte[] data;

	private int pos;

	private long buffer;

	private int bits;

	private boolean atMarker;

	EntropyBitReader(byte[] data, int pos) {
		this.data = data;
		this.pos = pos;
	}

	private void fill() {
		while (this.bits <= 56) {
			int b = 0;
			if (!this.atMarker && this.pos < this.data.length) {
				b = this.data[this.pos] & 0xff;
				if (b == 0xFF) {
					int next = (this.pos + 1 < this.data.length) ? this.data[this.pos + 1] & 0xff : 0xD9;
					if (next == 0) {
						this.pos += 2;
					}
					else {
						this.atMarker = true;
						b = 0;
					}
				}
				else {
					this.pos++;
				}
			}
			this.buffer |= ((long) b) << (56 - this.bits);
			this.bits += 8;
		}
	}

	int decode(HuffmanTable table) throws JpegFormatException {
		fill();
		int look = (int) (this.buffer >>> (64 - HuffmanTable.LOOKAHEAD));
		int entry = table.fast[look];
		if (entry != 0) {
			skip(entry >> 8);
			return entry & 0xff;
		}
		int code = 0;
		for (int length = 1; length <= 16; length++) {
			code = (code << 1) | bit();
			if (code <= table.maxCode[length]) {
				int index = table.valOffset[length] + code;
				if (index < 0 || index >= table.symbols.length) {
					throw new JpegFormatException("bad Huffman code");
				}
				return table.symbols[index];
			}
		}
		throw new JpegFormatException("bad Huffman code");
	}

	private int bit() {
		if (this.bits < 1) {
			fill();
		}
		int b = (int) (this.buffer >>> 63);
		skip(1);
		return b;
	}

	private void skip(int n) {
		this.buffer <<= n;
		this.bits -= n;
	}

	/**
	 * RECEIVE and EXTEND of T.81 F.2.2.1: an {@code s}-bit magnitude category to a value.
	 */
	int receiveExtend(int s) {
		if (s == 0) {
			return 0;
		}
		fill();
		int v = (int) (this.buffer >>> (64 - s));
		skip(s);
		return (v < (1 << (s - 1))) ? v - (1 << s) + 1 : v;
	}

	/**
	 * Drops buffered bits and steps over the RSTn marker that ends a restart interval.
	 */
	void restart() {
		this.buffer = 0;
		this.bits = 0;
		this.atMarker = false;
		while (this.pos + 1 < this.data.length) {
			int b = this.data[this.pos] & 0xff;
			int next = this.data[this.pos + 1] & 0xff;
			if (b == 0xFF && next >= 0xD0 && next <= 0xD7) {
				this.pos += 2;
				return;
			}
			if (b == 0xFF && next != 0 && next != 0xFF) {
				return;
			}
			this.pos++;
		}
	}

}
