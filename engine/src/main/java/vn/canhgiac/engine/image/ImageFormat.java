package vn.canhgiac.engine.image;

/**
 * Container formats the engine decodes. HEIC/AVIF are recognised only to be refused with
 * a helpful message.
 */
public enum ImageFormat {

	JPEG, PNG, WEBP, TIFF, BMP, GIF;

	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
