package vn.canhgiac.engine.match;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.GrayImages;

/**
 * DCT perceptual hash (Zauner, "Implementation and benchmarking of perceptual image hash
 * functions", 2010; the "pHash" construction): 32×32 luma, 2-D DCT, the 8×8 lowest
 * frequencies without DC compared with their median. Robust to scaling, recompression and
 * mild colour change; compared by Hamming distance (≤ 10 of 64 is "the same picture").
 */
final class PerceptualHash {

	private static final double[][] COS = new double[8][32];

	static {
		for (int u = 0; u < 8; u++) {
			for (int x = 0; x < 32; x++) {
				COS[u][x] = Math.cos((2 * x + 1) * u * Math.PI / 64);
			}
		}
	}

	private PerceptualHash() {
	}

	static long hash(FloatRaster gray) {
		FloatRaster small = GrayImages.resize(gray, 32, 32);
		double[][] tmp = new double[8][32];
		for (int u = 0; u < 8; u++) {
			for (int y = 0; y < 32; y++) {
				double sum = 0;
				for (int x = 0; x < 32; x++) {
					sum += COS[u][x] * small.at(x, y);
				}
				tmp[u][y] = sum;
			}
		}
		double[] coef = new double[64];
		for (int u = 0; u < 8; u++) {
			for (int v = 0; v < 8; v++) {
				double sum = 0;
				for (int y = 0; y < 32; y++) {
					sum += COS[v][y] * tmp[u][y];
				}
				coef[v * 8 + u] = sum;
			}
		}
		double[] sorted = java.util.Arrays.copyOfRange(coef, 1, 64);
		java.util.Arrays.sort(sorted);
		double median = sorted[31];
		long bits = 0;
		for (int i = 1; i < 64; i++) {
			if (coef[i] > median) {
				bits |= 1L << i;
			}
		}
		return bits;
	}

}
