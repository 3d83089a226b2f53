package vn.canhgiac.engine.files;

/**
 * What one top-level file may cost, shared by everything nested in it: bytes inflated
 * from archives, documents and PDF streams, and images read by OCR (about a second each,
 * so a newsletter with fifty inline pictures does not take a minute).
 */
final class Budget {

	private long inflatableBytes;

	private int ocrImages;

	Budget(long inflatableBytes, int ocrImages) {
		this.inflatableBytes = inflatableBytes;
		this.ocrImages = ocrImages;
	}

	/** Reserves inflation, or refuses the whole file as a bomb. */
	void inflate(long bytes) {
		if (bytes > this.inflatableBytes) {
			throw Rejections.bomb();
		}
		this.inflatableBytes -= bytes;
	}

	long remainingBytes() {
		return this.inflatableBytes;
	}

	/**
	 * @return whether one more image may be read by OCR
	 */
	boolean takeOcrImage() {
		if (this.ocrImages <= 0) {
			return false;
		}
		this.ocrImages--;
		return true;
	}

}
