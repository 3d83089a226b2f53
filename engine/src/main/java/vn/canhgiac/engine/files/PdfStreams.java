package vn.canhgiac.engine.files;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A decompression-bomb guard for PDF, run on the raw bytes before PDFBox parses anything:
 * PDFBox inflates object streams while loading and content streams while extracting text,
 * with no limit of its own. Every zlib stream that follows a {@code stream} keyword is
 * inflated into a scratch buffer and counted against the file's inflation budget; nothing
 * is kept.
 */
final class PdfStreams {

	private static final byte[] KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);

	private static final int SCRATCH_BYTES = 64 * 1024;

	private PdfStreams() {
	}

	static void guard(byte[] pdf, Inspection inspection) {
		byte[] scratch = new byte[SCRATCH_BYTES];
		int from = 0;
		while (true) {
			int at = indexOf(pdf, from);
			if (at < 0) {
				return;
			}
			int data = at + KEYWORD.length;
			if (data < pdf.length && pdf[data] == '\r') {
				data++;
			}
			if (data < pdf.length && pdf[data] == '\n') {
				data++;
			}
			// "endstream" also contains the keyword; only a zlib header (0x78) starts
			// data.
			if (data + 2 < pdf.length && (pdf[data] & 0xFF) == 0x78) {
				inflateCounting(pdf, data, scratch, inspection);
			}
			from = at + KEYWORD.length;
		}
	}

	private static void inflateCounting(byte[] pdf, int start, byte[] scratch, Inspection inspection) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(pdf, start, pdf.length - start);
			while (!inflater.finished()) {
				int n = inflater.inflate(scratch);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					return;
				}
				inspection.inflate(n);
			}
		}
		catch (DataFormatException ex) {
			// Damaged or not zlib after all: PDFBox will judge the stream itself.
		}
		finally {
			inflater.end();
		}
	}

	private static int indexOf(byte[] haystack, int from) {
		outer: for (int i = from; i <= haystack.length - KEYWORD.length; i++) {
			for (int j = 0; j < KEYWORD.length; j++) {
				if (haystack[i + j] != KEYWORD[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
