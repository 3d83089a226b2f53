package vn.canhgiac.engine.jpeg;

import vn.canhgiac.engine.image.FloatRaster;

/**
 * Aligned double-JPEG detection and localisation after Z. Lin, J. He, X. Tang, C.-K.
 * Tang, "Fast, automatic and fine-grained tampered JPEG image detection via DCT
 * coefficient analysis", Pattern Recognition 42(11), 2009, in the Bayesian form of T.
 * Bianchi and A. Piva, "Image forgery localization via block-grained analysis of JPEG
 * artifacts", IEEE TIFS 7(3), 2012.
 *
 * <p>
 * Quantising twice with different steps leaves a periodic pattern (period = first step /
 * gcd of both) in the histogram of each DCT mode. Blocks pasted in after the first save
 * were quantised only once, so their coefficients fall into the pattern's gaps as often
 * as into its peaks. For each mode with a clear period, a coefficient in bin {@code k}
 * gives the likelihood ratio (single : double) = 1 / pattern(k mod p); the per-block sum
 * of log ratios becomes a posterior. Zero coefficients are skipped: flat areas say
 * nothing.
 */
final class DoubleQuantizationDetector {

	private static final int MODES = 20;

	private static final int MAX_PERIOD = 12;

	private static final int MAX_BIN = 64;

	private static final double MIN_PERIOD_F = 4.0;

	private DoubleQuantizationDetector() {
	}

	static DoubleCompressionEvidence analyse(DctCoefficients dct) {
		int blocks = dct.blocksWide() * dct.blocksHigh();
		float[] logRatio = new float[blocks];
		int periodic = 0;
		for (int z = 1; z <= MODES; z++) {
			int mode = JpegSegments.ZIGZAG[z];
			long[] hist = new long[MAX_BIN + 1];
			for (int b = 0; b < blocks; b++) {
				int k = Math.abs(dct.coefficients()[b * 64 + mode]);
				if (k <= MAX_BIN) {
					hist[k]++;
				}
			}
			double[] pattern = periodicPattern(hist);
			if (pattern == null) {
				continue;
			}
			periodic++;
			int p = pattern.length;
			for (int b = 0; b < blocks; b++) {
				int k = Math.abs(dct.coefficients()[b * 64 + mode]);
				if (k == 0 || k > MAX_BIN) {
					continue;
				}
				double ratio = 1.0 / Math.max(0.05, Math.min(20, pattern[k % p]));
				logRatio[b] += (float) Math.max(-2.5, Math.min(2.5, Math.log(ratio)));
			}
		}
		FloatRaster map = FloatRaster.zeros(dct.blocksWide(), dct.blocksHigh());
		smoothToPosterior(logRatio, map);
		return new DoubleCompressionEvidence(periodic, periodic >= 2, map);
	}

	/**
	 * The histogram divided by its Laplacian trend, folded by the best period; null when
	 * no period stands out (F statistic of phase means against within-phase spread).
	 */
	static double[] periodicPattern(long[] hist) {
		int last = 0;
		for (int k = 1; k < hist.length; k++) {
			if (hist[k] >= 10) {
				last = k;
			}
		}
		if (last < 6) {
			return null;
		}
		double[] residual = detrend(hist, last);
		double bestF = 0;
		double[] best = null;
		for (int p = 2; p <= Math.min(MAX_PERIOD, last / 2); p++) {
			double[] sum = new double[p];
			double[] sumSq = new double[p];
			int[] n = new int[p];
			for (int k = 1; k <= last; k++) {
				sum[k % p] += residual[k];
				sumSq[k % p] += residual[k] * residual[k];
				n[k % p]++;
			}
			double grand = 0;
			int total = 0;
			for (int i = 0; i < p; i++) {
				grand += sum[i];
				total += n[i];
			}
			grand /= total;
			double between = 0;
			double within = 0;
			for (int i = 0; i < p; i++) {
				if (n[i] == 0) {
					return best;
				}
				double mean = sum[i] / n[i];
				between += n[i] * (mean - grand) * (mean - grand);
				within += sumSq[i] - n[i] * mean * mean;
			}
			double f = (between / (p - 1)) / Math.max(1e-9, within / Math.max(1, total - p));
			if (f > bestF * 1.25 && f > MIN_PERIOD_F) {
				bestF = f;
				best = new double[p];
				double mean = 0;
				for (int i = 0; i < p; i++) {
					best[i] = Math.exp(sum[i] / n[i]);
					mean += best[i];
				}
				mean /= p;
				for (int i = 0; i < p; i++) {
					best[i] /= mean;
				}
			}
		}
		return best;
	}

	/** log(h(k)+1) minus a least-squares line over k = 1..last (the Laplacian trend). */
	private static double[] detrend(long[] hist, int last) {
		double sx = 0;
		double sy = 0;
		double sxx = 0;
		double sxy = 0;
		int n = last;
		double[] y = new double[last + 1];
		for (int k = 1; k <= last; k++) {
			y[k] = Math.log(hist[k] + 1.0);
			sx += k;
			sy += y[k];
			sxx += (double) k * k;
			sxy += k * y[k];
		}
		double slope = (n * sxy - sx * sy) / Math.max(1e-9, n * sxx - sx * sx);
		double intercept = (sy - slope * sx) / n;
		double[] residual = new double[last + 1];
		for (int k = 1; k <= last; k++) {
			residual[k] = y[k] - (intercept + slope * k);
		}
		return residual;
	}

	/**
	 * 3×3 block average of the log ratios (Lin's smoothing), then the logistic posterior.
	 */
	private static void smoothToPosterior(float[] logRatio, FloatRaster map) {
		int w = map.width();
		int h = map.height();
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				float sum = 0;
				int n = 0;
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int xx = x + dx;
						int yy = y + dy;
						if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
							sum += logRatio[yy * w + xx];
							n++;
						}
					}
				}
				map.set(x, y, (float) (1 / (1 + Math.exp(-sum / n))));
			}
		}
	}

}
