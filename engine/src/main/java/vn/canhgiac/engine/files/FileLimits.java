package vn.canhgiac.engine.files;

/**
 * Bounds checked before any work, so that a hostile file is refused in milliseconds and
 * small memory rather than analysed.
 *
 * @param maxBytes largest accepted file
 * @param maxArchiveEntries most entries in one archive, read from its directory before
 * anything is inflated
 * @param maxUncompressedBytes most bytes all archives of one file may inflate to,
 * together
 * @param maxCompressionRatio largest uncompressed/compressed ratio of an entry above 1
 * MB; text compresses about 10:1, bombs 1000:1
 * @param maxNesting deepest archive in archive (or attachment in e-mail in archive)
 * @param maxImagePixels largest image decoded for OCR and QR codes
 */
public record FileLimits(long maxBytes, int maxArchiveEntries, long maxUncompressedBytes, int maxCompressionRatio,
		int maxNesting, long maxImagePixels) {

	public FileLimits {
		if (maxBytes <= 0 || maxArchiveEntries <= 0 || maxUncompressedBytes <= 0 || maxCompressionRatio <= 1
				|| maxNesting < 0 || maxImagePixels <= 0) {
			throw new IllegalArgumentException("file limits must be positive");
		}
	}

	/** 50 MB, 1,000 entries, 200 MB inflated, ratio 100, 3 levels, 40 megapixels. */
	public static FileLimits defaults() {
		return new FileLimits(50L * 1024 * 1024, 1000, 200L * 1024 * 1024, 100, 3, 40_000_000L);
	}

	public FileLimits withMaxBytes(long bytes) {
		return new FileLimits(bytes, this.maxArchiveEntries, this.maxUncompressedBytes, this.maxCompressionRatio,
				this.maxNesting, this.maxImagePixels);
	}

}
