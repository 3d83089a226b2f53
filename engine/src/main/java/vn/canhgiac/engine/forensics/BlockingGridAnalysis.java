package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.FloatRaster;

/**
 * JPEG blocking-grid position, globally and per 64×64 window, after W. Li, Y. Yuan and N.
 * Yu, "Passive detection of doctored JPEG image via block artifact grid extraction",
 * Signal Processing 89(9), 2009, and the non-aligned double-JPEG model of T. Bianchi and
 * A. Piva (IEEE TIFS 2012). A JPEG leaves discontinuities every 8 pixels; after cropping
 * and re-saving, an older grid survives at another offset, and a pasted JPEG region
 * brings its own grid. The map is the share of the window's blockiness that sits on a
 * grid other than the picture's dominant one (0..1).
 */
final class BlockingGridAnalysis {

	static final int WINDOW_PX = 64;

	/**
	 * A shifted grid must stand this far (relative to the mean step at the other phases)
	 * above the aligned phase: single-save pictures of smooth or periodic content wobble
	 * by a few percent between phases.
	 */
	static final double MIN_MARGIN_OVER_ALIGNED = 0.2;

	/** …and this many standard deviations above the spread of the remaining phases. */
	static final double MIN_PEAK_Z = 4;

	/**
	 * …and by at least this many grey levels per boundary: a smooth gradient has almost
	 * no blockiness, so any peak there is rounding noise.
	 */
	static final double MIN_PEAK_STEP = 0.5;

	/**
	 * @param phaseX dominant column phase (7 when the grid starts at the origin)
	 * @param phaseY dominant row phase
	 * @param gridStrength mean peak excess of the dominant phases
	 * @param shiftX column offset of a grid that does not start at the origin, backed by
	 * enough evidence; 0 otherwise
	 * @param shiftY row offset, likewise
	 * @param map share of each window's blockiness off the dominant grid
	 */
	record Result(int phaseX, int phaseY, double gridStrength, int shiftX, int shiftY, FloatRaster map) {

		/** Whether an earlier JPEG grid is clearly shifted from the picture origin. */
		boolean misaligned() {
			return this.shiftX != 0 || this.shiftY != 0;
		}

		/** Grid offset from the picture origin, (0, 0) when aligned. */
		int offsetX() {
			return (this.phaseX + 1) % 8;
		}

		int offsetY() {
			return (this.phaseY + 1) % 8;
		}

	}

	private BlockingGridAnalysis() {
	}

	static Result analyse(float[] luma, int width, int height) {
		int bw = Math.max(1, width / WINDOW_PX);
		int bh = Math.max(1, height / WINDOW_PX);
		double[][] colEnergy = new double[bw * bh][8];
		double[][] rowEnergy = new double[bw * bh][8];
		double[] globalCol = new double[8];
		double[] globalRow = new double[8];
		double[] colCount = new double[8];
		double[] rowCount = new double[8];
		for (int y = 1; y < height - 1; y++) {
			int wy = Math.min(bh - 1, y / WINDOW_PX);
			for (int x = 1; x < width - 1; x++) {
				int wx = Math.min(bw - 1, x / WINDOW_PX);
				int p = y * width + x;
				// Step across the boundary between x and x+1: a grid aligned with the
				// picture's origin peaks at phase 7.
				double dx = Math.abs(luma[p + 1] - luma[p]);
				double dy = Math.abs(luma[p + width] - luma[p]);
				dx = Math.min(dx, 40);
				dy = Math.min(dy, 40);
				colEnergy[wy * bw + wx][x & 7] += dx;
				rowEnergy[wy * bw + wx][y & 7] += dy;
				globalCol[x & 7] += dx;
				globalRow[y & 7] += dy;
				colCount[x & 7]++;
				rowCount[y & 7]++;
			}
		}
		int phaseX = argmax(globalCol);
		int phaseY = argmax(globalRow);
		double strength = (peakRatio(globalCol) + peakRatio(globalRow)) / 2;
		FloatRaster map = FloatRaster.zeros(bw, bh);
		for (int i = 0; i < bw * bh; i++) {
			double ownX = excess(colEnergy[i], phaseX);
			double ownY = excess(rowEnergy[i], phaseY);
			double otherX = excess(colEnergy[i], argmax(colEnergy[i]));
			double otherY = excess(rowEnergy[i], argmax(rowEnergy[i]));
			double misaligned = Math.max(0, otherX - ownX) + Math.max(0, otherY - ownY);
			double total = otherX + otherY;
			map.values()[i] = (float) ((total > 0.1) ? Math.min(1, misaligned / total) : 0);
		}
		int shiftX = shiftedPhase(perBoundary(globalCol, colCount));
		int shiftY = shiftedPhase(perBoundary(globalRow, rowCount));
		return new Result(phaseX, phaseY, strength, (shiftX < 0) ? 0 : (shiftX + 1) % 8,
				(shiftY < 0) ? 0 : (shiftY + 1) % 8, map);
	}

	private static double[] perBoundary(double[] energy, double[] count) {
		double[] mean = new double[8];
		for (int i = 0; i < 8; i++) {
			mean[i] = (count[i] > 0) ? energy[i] / count[i] : 0;
		}
		return mean;
	}

	/**
	 * The phase of a blocking grid that does not start at the origin, or -1 when the
	 * evidence is too weak: the strongest phase must beat the aligned phase (7) by a
	 * clear margin, stand out from the spread of the other six phases, and carry a real
	 * step in grey levels.
	 */
	static int shiftedPhase(double[] mean) {
		int best = argmax(mean);
		if (best == 7) {
			return -1;
		}
		double sum = 0;
		for (int i = 0; i < 8; i++) {
			if (i != best && i != 7) {
				sum += mean[i];
			}
		}
		double mu = sum / 6;
		double var = 0;
		for (int i = 0; i < 8; i++) {
			if (i != best && i != 7) {
				var += (mean[i] - mu) * (mean[i] - mu);
			}
		}
		double sd = Math.max(Math.sqrt(var / 5), 0.01 * mu);
		if (mu <= 0 || sd <= 0) {
			return -1;
		}
		boolean margin = (mean[best] - Math.max(mean[7], mu)) / mu >= MIN_MARGIN_OVER_ALIGNED;
		boolean standsOut = (mean[best] - mu) / sd >= MIN_PEAK_Z;
		boolean step = mean[best] - mu >= MIN_PEAK_STEP;
		return (margin && standsOut && step) ? best : -1;
	}

	/** Energy at one phase above the mean of the other phases, relative to that mean. */
	private static double excess(double[] energy, int phase) {
		double rest = 0;
		for (int i = 0; i < 8; i++) {
			if (i != phase) {
				rest += energy[i];
			}
		}
		rest /= 7;
		return (rest > 0) ? Math.max(0, energy[phase] / rest - 1) : 0;
	}

	private static double peakRatio(double[] energy) {
		return excess(energy, argmax(energy));
	}

	private static int argmax(double[] v) {
		int best = 0;
		for (int i = 1; i < v.length; i++) {
			if (v[i] > v[best]) {
				best = i;
			}
		}
		return best;
	}

}
