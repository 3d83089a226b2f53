package vn.canhgiac.engine.jpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the marker segments of a JPEG (ITU T.81 Annex B) up to and including the first
 * scan header. One small reader per segment type, in the manner of metadata-extractor;
 * the entropy-coded data is left to {@link BaselineHuffmanDecoder}.
 */
final class JpegSegments {

	static final int[] ZIGZAG = { 0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41,
			34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59,
			52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63 };

	record Component(int id, int h, int v, int quantTableId) {
	}

	record ScanComponent(int componentIndex, int dcTable, int acTable) {
	}

	final QuantizationTable[] quant = new QuantizationTable[4];

	final HuffmanTable[] dc = new HuffmanTable[4];

	final HuffmanTable[] ac = new HuffmanTable[4];

	final List<Component> components = new ArrayList<>();

	final List<ScanComponent> scanComponents = new ArrayList<>();

	int sofMarker = -1;

	int width;

	int height;

	int restartInterval;

	int scanCount;

	/** Offset of the first entropy-coded byte of the first scan, or -1. */
	int entropyStart = -1;

	int spectralStart;

	int spectralEnd = 63;

	int successive;

	static JpegSegments parse(byte[] b) throws JpegFormatException {
		JpegSegments s = new JpegSegments();
		s.read(b);
		return s;
	}

	private void read(byte[] b) throws JpegFormatException {
		if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
			throw new JpegFormatException("no SOI");
		}
		int pos = 2;
		while (pos + 4 <= b.length) {
			if ((b[pos] & 0xff) != 0xFF) {
				if (this.entropyStart >= 0) {
					pos++;
					continue;
				}
				throw new JpegFormatException("marker expected at " + pos);
			}
			int marker = b[pos + 1] & 0xff;
			if (marker == 0xFF || marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7)) {
				pos += (marker == 0xFF) ? 1 : 2;
				continue;
			}
			if (marker == 0xD9) {
				return;
			}
			int length = u16(b, pos + 2);
			int start = pos + 4;
			int end = pos + 2 + length;
			if (length < 2 || end > b.length) {
				throw new JpegFormatException("segment overruns the file");
			}
			switch (marker) {
				case 0xDB -> readQuantization(b, start, end);
				case 0xC4 -> readHuffman(b, start, end);
				case 0xDD -> this.restartInterval = u16(b, start);
				case 0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF ->
					readFrame(b, start, marker);
				case 0xDA -> {
					this.scanCount++;
					if (this.entropyStart < 0) {
						readScan(b, start, end);
					}
				}
				default -> {
				}
			}
			pos = end;
			if (marker == 0xDA) {
				pos = skipEntropyData(b, pos);
			}
		}
	}

	private static int skipEntropyData(byte[] b, int pos) {
		int p = pos;
		while (p + 1 < b.length) {
			if ((b[p] & 0xff) == 0xFF) {
				int next = b[p + 1] & 0xff;
				if (next != 0 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
					return p;
				}
			}
			p++;
		}
		return b.length;
	}

	private void readQuantization(byte[] b, int start, int end) throws JpegFormatException {
		int p = start;
		while (p < end) {
			int precision = (b[p] >> 4) & 0x0f;
			int id = b[p] & 0x03;
			p++;
			int[] natural = new int[64];
			for (int i = 0; i < 64; i++) {
				if (p + (precision == 0 ? 1 : 2) > end) {
					throw new JpegFormatException("short DQT");
				}
				int value = (precision == 0) ? (b[p] & 0xff) : u16(b, p);
				p += (precision == 0) ? 1 : 2;
				natural[ZIGZAG[i]] = value;
			}
			this.quant[id] = new QuantizationTable(id, natural);
		}
	}

	private void readHuffman(byte[] b, int start, int end) throws JpegFormatException {
		int p = start;
		while (p < end) {
			int tableClass = (b[p] >> 4) & 0x0f;
			int id = b[p] & 0x03;
			p++;
			if (p + 16 > end) {
				throw new JpegFormatException("short DHT");
			}
			int[] counts = new int[17];
			int total = 0;
			for (int i = 1; i <= 16; i++) {
				counts[i] = b[p++] & 0xff;
				total += counts[i];
			}
			if (total > 256 || p + total > end) {
				throw new JpegFormatException("bad DHT");
			}
			int[] symbols = new int[total];
			for (int i = 0; i < total; i++) {
				symbols[i] = b[p++] & 0xff;
			}
			HuffmanTable table = new HuffmanTable(counts, symbols);
			if (tableClass == 0) {
				this.dc[id] = table;
			}
			else {
				this.ac[id] = table;
			}
		}
	}

	private void readFrame(byte[] b, int start, int marker) throws JpegFormatException {
		if (this.sofMarker >= 0) {
			return;
		}
		this.sofMarker = marker;
		this.height = u16(b, start + 1);
		this.width = u16(b, start + 3);
		int count = b[start + 5] & 0xff;
		if (count < 1 || count > 4) {
			throw new JpegFormatException("bad component count");
		}
		for (int i = 0; i < count; i++) {
			int p = start + 6 + i * 3;
			int h = (b[p + 1] >> 4) & 0x0f;
			int v = b[p + 1] & 0x0f;
			if (h < 1 || h > 4 || v < 1 || v > 4) {
				throw new JpegFormatException("bad sampling factors");
			}
			this.components.add(new Component(b[p] & 0xff, h, v, b[p + 2] & 0x03));
		}
	}

	private void readScan(byte[] b, int start, int end) throws JpegFormatException {
		int count = b[start] & 0xff;
		int p = start + 1;
		for (int i = 0; i < count; i++) {
			int id = b[p] & 0xff;
			int index = -1;
			for (int c = 0; c < this.components.size(); c++) {
				if (this.components.get(c).id() == id) {
					index = c;
				}
			}
			if (index < 0) {
				throw new JpegFormatException("scan names an unknown component");
			}
			this.scanComponents.add(new ScanComponent(index, (b[p + 1] >> 4) & 0x03, b[p + 1] & 0x03));
			p += 2;
		}
		this.spectralStart = b[p] & 0xff;
		this.spectralEnd = b[p + 1] & 0xff;
		this.successive = b[p + 2] & 0xff;
		this.entropyStart = end;
	}

	boolean progressive() {
		return this.sofMarker == 0xC2 || this.sofMarker == 0xC6 || this.sofMarker == 0xCA || this.sofMarker == 0xCE;
	}

	boolean huffmanSequential() {
		return this.sofMarker == 0xC0 || this.sofMarker == 0xC1;
	}

	static int u16(byte[] b, int p) {
		return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
	}

}
