package vn.canhgiac.engine.jpeg;

/**
 * Estimates the IJG quality of a quantisation table by comparing it with the Annex K
 * example tables scaled the way libjpeg's {@code jpeg_quality_scaling} does (quality
 * below 50: 5000/q %, otherwise 200 − 2q %). An exact match means the file was written by
 * libjpeg-style software (editors, browsers, messengers) rather than a camera's own
 * tables — a structural hint, never evidence of editing by itself.
 */
final class JpegQualityEstimator {

	static final int[] LUMA = { 16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57,
			69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
			49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99 };

	static final int[] CHROMA = { 17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99,
			99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
			99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99 };

	private JpegQualityEstimator() {
	}

	static int[] ijgTable(int[] base, int quality) {
		int scale = (quality < 50) ? 5000 / quality : 200 - 2 * quality;
		int[] out = new int[64];
		for (int i = 0; i < 64; i++) {
			out[i] = Math.max(1, Math.min(255, (base[i] * scale + 50) / 100));
		}
		return out;
	}

	static QualityEstimate estimate(QuantizationTable table) {
		int[] base = (table.tableId() == 0) ? LUMA : CHROMA;
		int bestQuality = 1;
		double bestError = Double.MAX_VALUE;
		int bestWorst = 255;
		for (int q = 1; q <= 100; q++) {
			int[] candidate = ijgTable(base, q);
			double error = 0;
			int worst = 0;
			for (int i = 0; i < 64; i++) {
				int diff = Math.abs(candidate[i] - table.stepsNatural()[i]);
				error += diff;
				worst = Math.max(worst, diff);
			}
			error /= 64;
			// Ties (flat 1s near q100) resolve to the highest quality, as libjpeg would
			// write.
			if (error <= bestError) {
				bestError = error;
				bestQuality = q;
				bestWorst = worst;
			}
		}
		// Java's and some other encoders round the scaled table in floating point, so a
		// difference of one step in a few entries still counts as the standard table.
		return new QualityEstimate(table.tableId(), bestQuality, bestWorst <= 1 && bestError < 0.5, bestError);
	}

}
