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

	record Result(int phaseX, int phaseY, double gridStrength, FloatRaster map) {

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
		return new Result(phaseX, phaseY, strength, map);
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
