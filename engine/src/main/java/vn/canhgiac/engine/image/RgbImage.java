package vn.canhgiac.engine.image;

/**
 * Pixels as packed {@code 0xRRGGBB} ints, row-major, in the stored pixel grid (EXIF
 * orientation is deliberately not applied: the JPEG block grid must stay where the
 * encoder put it).
 */
public record RgbImage(int width, int height, int[] rgb) {

	public RgbImage {
		if (width < 1 || height < 1 || rgb.length != width * height) {
			throw new IllegalArgumentException("raster size does not match " + width + "x" + height);
		}
	}

	public int rgbAt(int x, int y) {
		return this.rgb[y * this.width + x];
	}

	/** ITU-R BT.601 luma as floats 0..255, the same transform JPEG uses. */
	public float[] luma() {
		float[] y = new float[this.rgb.length];
		int[] source = this.rgb;
		int rowLength = this.width;
		// Rows side by side: on a 12 MP photo this is one of the few steps everything
		// else waits for.
		java.util.stream.IntStream.range(0, this.height).parallel().forEach((row) -> {
			for (int i = row * rowLength, end = i + rowLength; i < end; i++) {
				int p = source[i];
				y[i] = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
			}
		});
		return y;
	}

	public long pixelCount() {
		return (long) this.width * this.height;
	}

}
