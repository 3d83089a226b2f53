package vn.canhgiac.engine.image;

/**
 * Limits checked from the header, before any pixel is decoded, so that a pixel flood or a
 * decompression bomb is refused in milliseconds and without large memory.
 *
 * @param maxPixels largest accepted width × height
 * @param maxSidePx largest accepted width or height
 * @param maxBytes largest accepted file size
 */
public record DecodeLimits(long maxPixels, int maxSidePx, int maxBytes) {

	public static final DecodeLimits DEFAULT = new DecodeLimits(50_000_000L, 16_384, 64 * 1024 * 1024);

	public DecodeLimits {
		if (maxPixels < 1 || maxSidePx < 1 || maxBytes < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

}
