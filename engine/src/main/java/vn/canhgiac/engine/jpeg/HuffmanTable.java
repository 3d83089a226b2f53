package vn.canhgiac.engine.jpeg;

/**
 * A canonical Huffman table (T.81 Annex C) with a 9-bit lookahead for the common short
 * codes and the maxcode/valptr procedure of Annex F.2.2.3 for the long ones.
 */
final class HuffmanTable {

	static final int LOOKAHEAD = 9;

	/** (length << 8) | symbol, or 0 when the code is longer than the lookahead. */
	final int[] fast = new int[1 << LOOKAHEAD];

	final int[] maxCode = new int[18];

	final int[] valOffset = new int[17];

	final int[] symbols;

	HuffmanTable(int[] counts, int[] symbols) {
		this.symbols = symbols;
		int code = 0;
		int k = 0;
		for (int length = 1; length <= 16; length++) {
			this.valOffset[length] = k - code;
			for (int i = 0; i < counts[length]; i++) {
				if (length <= LOOKAHEAD) {
					int shift = LOOKAHEAD - length;
					int base = code << shift;
					for (int fill = 0; fill < (1 << shift); fill++) {
						this.fast[base + fill] = (length << 8) | symbols[k];
					}
				}
				code++;
				k++;
			}
			this.maxCode[length] = (counts[length] > 0) ? code - 1 : -1;
			code <<= 1;
		}
		this.maxCode[17] = Integer.MAX_VALUE;
	}

}
