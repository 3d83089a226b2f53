package vn.canhgiac.engine.image;

/**
 * Greyscale working copies for feature detection: luma, area-average downscaling and box
 * blur, all on {@link FloatRaster} so that no AWT is needed outside this package.
 */
public final class GrayImages {

	private GrayImages() {
	}

	public static FloatRaster luma(RgbImage image) {
		return new FloatRaster(image.width(), image.height(), image.luma());
	}

	/** A copy of the rectangle at (x, y); the caller keeps it inside the raster. */
	public static FloatRaster crop(FloatRaster src, int x, int y, int width, int height) {
		float[] out = new float[width * height];
		for (int row = 0; row < height; row++) {
			System.arraycopy(src.values(), (y + row) * src.width() + x, out, row * width, width);
		}
		return new FloatRaster(width, height, out);
	}

	/**
	 * Area-average resampling to the given size (for downscaling; bilinear when
	 * enlarging).
	 */
	public static FloatRaster resize(FloatRaster src, int width, int height) {
		FloatRaster out = FloatRaster.zeros(width, height);
		double sx = (double) src.width() / width;
		double sy = (double) src.height() / height;
		if (sx <= 1 && sy <= 1) {
			for (int y = 0; y < height; y++) {
				double fy = Math.max(0, (y + 0.5) * sy - 0.5);
				int y0 = Math.min(src.height() - 1, (int) fy);
				int y1 = Math.min(src.height() - 1, y0 + 1);
				float ty = (float) (fy - y0);
				for (int x = 0; x < width; x++) {
					double fx = Math.max(0, (x + 0.5) * sx - 0.5);
					int x0 = Math.min(src.width() - 1, (int) fx);
					int x1 = Math.min(src.width() - 1, x0 + 1);
					float tx = (float) (fx - x0);
					float top = src.at(x0, y0) * (1 - tx) + src.at(x1, y0) * tx;
					float bottom = src.at(x0, y1) * (1 - tx) + src.at(x1, y1) * tx;
					out.set(x, y, top * (1 - ty) + bottom * ty);
				}
			}
			return out;
		}
		// Each source pixel is added to the one output cell it falls in: an area average
		// in
		// one pass and without a picture-sized summed-area table.
		float[] sum = new float[width * height];
		int[] count = new int[width * height];
		int[] column = new int[src.width()];
		for (int x = 0; x < src.width(); x++) {
			column[x] = Math.min(width - 1, (int) (x / sx));
		}
		for (int y = 0; y < src.height(); y++) {
			int row = Math.min(height - 1, (int) (y / sy)) * width;
			int base = y * src.width();
			for (int x = 0; x < src.width(); x++) {
				sum[row + column[x]] += src.values()[base + x];
				count[row + column[x]]++;
			}
		}
		for (int i = 0; i < sum.length; i++) {
			out.values()[i] = (count[i] == 0) ? 0 : sum[i] / count[i];
		}
		return out;
	}

	/** Mean over a (2r+1)² window, clamped at the borders. */
	public static FloatRaster boxBlur(FloatRaster src, int radius) {
		double[] integral = integral(src);
		int w = src.width();
		int h = src.height();
		int w1 = w + 1;
		FloatRaster out = FloatRaster.zeros(w, h);
		for (int y = 0; y < h; y++) {
			int ya = Math.max(0, y - radius);
			int yb = Math.min(h, y + radius + 1);
			for (int x = 0; x < w; x++) {
				int xa = Math.max(0, x - radius);
				int xb = Math.min(w, x + radius + 1);
				double sum = integral[yb * w1 + xb] - integral[ya * w1 + xb] - integral[yb * w1 + xa]
						+ integral[ya * w1 + xa];
				out.set(x, y, (float) (sum / ((xb - xa) * (yb - ya))));
			}
		}
		return out;
	}

	/** Summed-area table with a zero first row and column, (w+1)×(h+1). */
	public static double[] integral(FloatRaster src) {
		int w = src.width();
		int h = src.height();
		double[] s = new double[(w + 1) * (h + 1)];
		for (int y = 0; y < h; y++) {
			double row = 0;
			for (int x = 0; x < w; x++) {
				row += src.values()[y * w + x];
				s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row;
			}
		}
		return s;
	}

}
