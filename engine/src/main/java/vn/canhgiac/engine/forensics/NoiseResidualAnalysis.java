package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.FloatRaster;

/**
 * Local noise level after B. Mahdian and S. Saic, "Using noise inconsistencies for blind
 * image forensics", Image and Vision Computing 27(10), 2009: the finest diagonal wavelet
 * subband (Haar HH1) is mostly sensor noise, and its median absolute deviation / 0.6745
 * (Donoho's robust estimator) gives the noise σ per block. A region pasted from another
 * photo — or enlarged from a small profile picture — carries different noise.
 *
 * <p>
 * Noise level alone follows content (sky versus foliage), so the map also uses the ratio
 * of the finest to the next-coarser diagonal band: enlarging a small profile picture or
 * smoothing a face empties the finest band while keeping the coarser one, and that ratio
 * is stable across a genuine photo. {@link Result#sigma()} is σ per 32×32-pixel block in
 * grey levels; {@link Result#map()} is max(½·|log2(σ/median σ)|/2, |log2(ratio/median
 * ratio)|/1.5) clipped to 0..1.
 */
final class NoiseResidualAnalysis {

	static final int BLOCK_PX = 32;

	record Result(FloatRaster sigma, FloatRaster bandRatio, FloatRaster map, float medianSigma) {
	}

	private NoiseResidualAnalysis() {
	}

	static Result analyse(float[] luma, int width, int height) {
		int bw = Math.max(1, width / BLOCK_PX);
		int bh = Math.max(1, height / BLOCK_PX);
		FloatRaster sigma = FloatRaster.zeros(bw, bh);
		FloatRaster bandRatio = FloatRaster.zeros(bw, bh);
		java.util.stream.IntStream.range(0, bh).parallel().forEach((by) -> {
			float[] fine = new float[(BLOCK_PX / 2) * (BLOCK_PX / 2)];
			float[] coarse = new float[(BLOCK_PX / 4) * (BLOCK_PX / 4)];
			for (int bx = 0; bx < bw; bx++) {
				int n = 0;
				int m = 0;
				int yEnd = Math.min(height, (by + 1) * BLOCK_PX);
				int xEnd = Math.min(width, (bx + 1) * BLOCK_PX);
				for (int y = by * BLOCK_PX; y + 1 < yEnd; y += 2) {
					for (int x = bx * BLOCK_PX; x + 1 < xEnd; x += 2) {
						fine[n++] = Math.abs(diagonal(luma, width, x, y, 1)) / 2;
					}
				}
				for (int y = by * BLOCK_PX; y + 3 < yEnd; y += 4) {
					for (int x = bx * BLOCK_PX; x + 3 < xEnd; x += 4) {
						coarse[m++] = Math.abs(diagonal(luma, width, x, y, 2)) / 8;
					}
				}
				float s1 = (n == 0) ? 0 : median(fine, n) / 0.6745f;
				float s2 = (m == 0) ? 0 : median(coarse, m) / 0.6745f;
				sigma.set(bx, by, s1);
				bandRatio.set(bx, by, (s1 + 0.05f) / (s2 + 0.05f));
			}
		});
		float median = Math.max(0.05f, MapStatistics.percentile(sigma.values(), 0.5));
		float medianRatio = Math.max(1e-3f, MapStatistics.percentile(bandRatio.values(), 0.5));
		FloatRaster map = FloatRaster.zeros(bw, bh);
		for (int i = 0; i < map.values().length; i++) {
			double level = Math.abs(Math.log(Math.max(0.05, sigma.values()[i]) / median) / Math.log(2)) / 2;
			double band = Math.abs(Math.log(bandRatio.values()[i] / medianRatio) / Math.log(2)) / 1.5;
			map.values()[i] = (float) Math.min(1, Math.max(level * 0.5, band));
		}
		return new Result(sigma, bandRatio, map, median);
	}

	/**
	 * Haar diagonal detail at the given level: (a − b − c + d) over 2^level-pixel
	 * quadrants of the square at (x, y), unnormalised.
	 */
	private static float diagonal(float[] luma, int width, int x, int y, int level) {
		int half = 1 << (level - 1);
		return quadrant(luma, width, x, y, half) - quadrant(luma, width, x + half, y, half)
				- quadrant(luma, width, x, y + half, half) + quadrant(luma, width, x + half, y + half, half);
	}

	private static float quadrant(float[] luma, int width, int x, int y, int size) {
		float sum = 0;
		for (int dy = 0; dy < size; dy++) {
			for (int dx = 0; dx < size; dx++) {
				sum += luma[(y + dy) * width + x + dx];
			}
		}
		return sum;
	}

	/**
	 * The element at n/2 of the first n values in sorted order, by Hoare's selection
	 * (linear time; a full sort per block was a tenth of the whole analysis).
	 */
	static float median(float[] values, int n) {
		float[] a = java.util.Arrays.copyOf(values, n);
		int k = n / 2;
		int lo = 0;
		int hi = n - 1;
		while (lo < hi) {
			float pivot = a[(lo + hi) >>> 1];
			int i = lo;
			int j = hi;
			while (i <= j) {
				while (a[i] < pivot) {
					i++;
				}
				while (a[j] > pivot) {
					j--;
				}
				if (i <= j) {
					float swap = a[i];
					a[i] = a[j];
					a[j] = swap;
					i++;
					j--;
				}
			}
			if (k <= j) {
				hi = j;
			}
			else if (k >= i) {
				lo = i;
			}
			else {
				break;
			}
		}
		return a[k];
	}

}
