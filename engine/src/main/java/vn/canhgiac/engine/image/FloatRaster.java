package vn.canhgiac.engine.image;

/**
 * A single-channel float map, row-major. Forensic maps use it with values in 0..1 where 1
 * means "most suspicious"; each map documents its own scale.
 */
public record FloatRaster(int width, int height, float[] values) {

	public FloatRaster {
		if (width < 1 || height < 1 || values.length != width * height) {
			throw new IllegalArgumentException("raster size does not match " + width + "x" + height);
		}
	}

	public static FloatRaster zeros(int width, int height) {
		return new FloatRaster(width, height, new float[width * height]);
	}

	public float at(int x, int y) {
		return this.values[y * this.width + x];
	}

	public void set(int x, int y, float value) {
		this.values[y * this.width + x] = value;
	}

}
