package vn.canhgiac.engine.jpeg;

/**
 * Entropy-decodes a baseline or extended-sequential Huffman JPEG (T.81 Annex F) into the
 * quantised DCT coefficients of the luminance component. The chroma blocks are decoded
 * into a scratch block and dropped: double-compression analysis works on luminance, and
 * keeping only it halves the memory for a 12 MP photo.
 */
final class BaselineHuffmanDecoder {

	private BaselineHuffmanDecoder() {
	}

	static DctCoefficients decode(byte[] bytes, JpegSegments s) throws JpegFormatException {
		if (!s.huffmanSequential()) {
			throw new JpegFormatException("not a baseline Huffman JPEG");
		}
		if (s.entropyStart < 0 || s.components.isEmpty() || s.scanComponents.isEmpty()) {
			throw new JpegFormatException("no scan");
		}
		int hMax = 1;
		int vMax = 1;
		for (JpegSegments.Component c : s.components) {
			hMax = Math.max(hMax, c.h());
			vMax = Math.max(vMax, c.v());
		}
		JpegSegments.Component luma = s.components.get(0);
		QuantizationTable q = s.quant[luma.quantTableId()];
		if (q == null) {
			throw new JpegFormatException("missing quantisation table");
		}
		int lumaW = (int) Math.ceil(s.width * (double) luma.h() / hMax);
		int lumaH = (int) Math.ceil(s.height * (double) luma.v() / vMax);
		int blocksWide = (lumaW + 7) / 8;
		int blocksHigh = (lumaH + 7) / 8;
		short[] out = new short[blocksWide * blocksHigh * 64];
		int[] scratch = new int[64];
		EntropyBitReader reader = new EntropyBitReader(bytes, s.entropyStart);
		int n = s.scanComponents.size();
		int[] predictors = new int[n];
		HuffmanTable[] dcTables = new HuffmanTable[n];
		HuffmanTable[] acTables = new HuffmanTable[n];
		for (int i = 0; i < n; i++) {
			dcTables[i] = s.dc[s.scanComponents.get(i).dcTable()];
			acTables[i] = s.ac[s.scanComponents.get(i).acTable()];
			if (dcTables[i] == null || acTables[i] == null) {
				throw new JpegFormatException("missing Huffman table");
			}
		}
		boolean lumaInScan = s.scanComponents.get(0).componentIndex() == 0;
		if (!lumaInScan) {
			throw new JpegFormatException("first scan does not carry luminance");
		}
		int restartsLeft = s.restartInterval;
		if (n == 1) {
			for (int by = 0; by < blocksHigh; by++) {
				for (int bx = 0; bx < blocksWide; bx++) {
					if (s.restartInterval > 0) {
						if (restartsLeft == 0) {
							reader.restart();
							predictors[0] = 0;
							restartsLeft = s.restartInterval;
						}
						restartsLeft--;
					}
					predictors[0] = decodeBlock(reader, dcTables[0], acTables[0], predictors[0], scratch);
					store(scratch, out, (by * blocksWide + bx) * 64);
				}
			}
		}
		else {
			int mcusX = (s.width + 8 * hMax - 1) / (8 * hMax);
			int mcusY = (s.height + 8 * vMax - 1) / (8 * vMax);
			for (int my = 0; my < mcusY; my++) {
				for (int mx = 0; mx < mcusX; mx++) {
					if (s.restartInterval > 0) {
						if (restartsLeft == 0) {
							reader.restart();
							java.util.Arrays.fill(predictors, 0);
							restartsLeft = s.restartInterval;
						}
						restartsLeft--;
					}
					for (int i = 0; i < n; i++) {
						JpegSegments.Component c = s.components.get(s.scanComponents.get(i).componentIndex());
						for (int v = 0; v < c.v(); v++) {
							for (int h = 0; h < c.h(); h++) {
								predictors[i] = decodeBlock(reader, dcTables[i], acTables[i], predictors[i], scratch);
								if (i == 0) {
									int bx = mx * c.h() + h;
									int by = my * c.v() + v;
									if (bx < blocksWide && by < blocksHigh) {
										store(scratch, out, (by * blocksWide + bx) * 64);
									}
								}
							}
						}
					}
				}
			}
		}
		return new DctCoefficients(blocksWide, blocksHigh, out, q);
	}

	private static int decodeBlock(EntropyBitReader r, HuffmanTable dc, HuffmanTable ac, int predictor, int[] block)
			throws JpegFormatException {
		java.util.Arrays.fill(block, 0);
		int s = r.decode(dc);
		if (s > 15) {
			throw new JpegFormatException("bad DC category");
		}
		int dcValue = predictor + r.receiveExtend(s);
		block[0] = dcValue;
		int k = 1;
		while (k < 64) {
			int rs = r.decode(ac);
			int run = rs >> 4;
			int size = rs & 15;
			if (size == 0) {
				if (run != 15) {
					break;
				}
				k += 16;
				continue;
			}
			k += run;
			if (k > 63) {
				throw new JpegFormatException("AC run past the block");
			}
			block[JpegSegments.ZIGZAG[k]] = r.receiveExtend(size);
			k++;
		}
		return dcValue;
	}

	private static void store(int[] block, short[] out, int offset) {
		for (int i = 0; i < 64; i++) {
			int v = block[i];
			out[offset + i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
		}
	}

}
