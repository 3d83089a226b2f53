package vn.canhgiac.engine.match;

import java.util.Optional;

import vn.canhgiac.engine.image.PixelRegion;

/**
 * Nearest-neighbour matching with Lowe's ratio test (Lowe, IJCV 2004) followed by
 * {@link SimilarityRansac}, for reference → picture attribution.
 */
final class FeatureMatching {

	static final int MIN_INLIERS = 10;

	private FeatureMatching() {
	}

	static Optional<ReferenceMatch> match(FeatureSet image, FeatureSet reference, int referenceIndex,
			double tolerancePx) {
		int n = reference.count();
		float[] sx = new float[n];
		float[] sy = new float[n];
		float[] sa = new float[n];
		float[] ss = new float[n];
		float[] dx = new float[n];
		float[] dy = new float[n];
		float[] da = new float[n];
		float[] ds = new float[n];
		int m = 0;
		for (int i = 0; i < n; i++) {
			int best = Integer.MAX_VALUE;
			int second = Integer.MAX_VALUE;
			int bestJ = -1;
			for (int j = 0; j < image.count(); j++) {
				int d = reference.distance(i, image, j);
				if (d < best) {
					second = best;
					best = d;
					bestJ = j;
				}
				else if (d < second) {
					second = d;
				}
			}
			if (bestJ >= 0 && best <= 80 && best < 0.85 * second) {
				sx[m] = reference.x()[i];
				sy[m] = reference.y()[i];
				sa[m] = reference.angle()[i];
				ss[m] = reference.scale()[i];
				dx[m] = image.x()[bestJ];
				dy[m] = image.y()[bestJ];
				da[m] = image.angle()[bestJ];
				ds[m] = image.scale()[bestJ];
				m++;
			}
		}
		SimilarityRansac.Result fit = SimilarityRansac.fit(sx, sy, sa, ss, dx, dy, da, ds, m, tolerancePx, 800,
				31L * referenceIndex + 7);
		if (fit.inliers() < MIN_INLIERS) {
			return Optional.empty();
		}
		float[] ix = new float[fit.inliers()];
		float[] iy = new float[fit.inliers()];
		float[] rx = new float[fit.inliers()];
		float[] ry = new float[fit.inliers()];
		int k = 0;
		for (int i = 0; i < m; i++) {
			if (fit.inlier()[i]) {
				ix[k] = dx[i];
				iy[k] = dy[i];
				rx[k] = sx[i];
				ry[k] = sy[i];
				k++;
			}
		}
		PixelRegion inImage = PixelRegion.bounding(ix, iy, k);
		PixelRegion inReference = PixelRegion.bounding(rx, ry, k);
		double confidence = Math.max(0, 1 - Math.exp(-(fit.inliers() - 6) / 8.0));
		return Optional.of(new ReferenceMatch(referenceIndex, fit.inliers(), inImage, inReference, confidence,
				fit.model().scale(), Math.toDegrees(fit.model().rotation())));
	}

	/**
	 * Copy-move search after Amerini et al. (2011): each keypoint's nearest neighbours in
	 * the same picture, a generalised ratio test, then one transform between the two
	 * clusters. Exact clones give near-identical descriptors, genuine look-alikes (two
	 * pegs, two coins) do not, hence the tight absolute distance.
	 */
	static Optional<CloneEvidence> clones(FeatureSet f, double minOffsetPx, double tolerancePx) {
		int n = f.count();
		float minOffsetSq = (float) (minOffsetPx * minOffsetPx);
		float[] sx = new float[n];
		float[] sy = new float[n];
		float[] sa = new float[n];
		float[] ss = new float[n];
		float[] dx = new float[n];
		float[] dy = new float[n];
		float[] da = new float[n];
		float[] ds = new float[n];
		int m = 0;
		for (int i = 0; i < n; i++) {
			int best = Integer.MAX_VALUE;
			int second = Integer.MAX_VALUE;
			int bestJ = -1;
			for (int j = 0; j < n; j++) {
				float ddx = f.x()[i] - f.x()[j];
				float ddy = f.y()[i] - f.y()[j];
				if (j == i || ddx * ddx + ddy * ddy < minOffsetSq) {
					continue;
				}
				int d = f.distance(i, f, j);
				if (d < best) {
					second = best;
					best = d;
					bestJ = j;
				}
				else if (d < second) {
					second = d;
				}
			}
			// Each pair is kept once (i < j) so the two copies do not vote twice.
			if (bestJ > i && best <= 24 && best < 0.5 * second) {
				sx[m] = f.x()[i];
				sy[m] = f.y()[i];
				sa[m] = f.angle()[i];
				ss[m] = f.scale()[i];
				dx[m] = f.x()[bestJ];
				dy[m] = f.y()[bestJ];
				da[m] = f.angle()[bestJ];
				ds[m] = f.scale()[bestJ];
				m++;
			}
		}
		SimilarityRansac.Result fit = SimilarityRansac.fit(sx, sy, sa, ss, dx, dy, da, ds, m, tolerancePx, 500, 99);
		if (fit.inliers() < 8) {
			return Optional.empty();
		}
		int k = fit.inliers();
		float[] ax = new float[k];
		float[] ay = new float[k];
		float[] bx = new float[k];
		float[] by = new float[k];
		int c = 0;
		for (int i = 0; i < m; i++) {
			if (fit.inlier()[i]) {
				ax[c] = sx[i];
				ay[c] = sy[i];
				bx[c] = dx[i];
				by[c] = dy[i];
				c++;
			}
		}
		double offset = Math.hypot(fit.model().tx(), fit.model().ty());
		return Optional.of(new CloneEvidence(k, PixelRegion.bounding(ax, ay, k), PixelRegion.bounding(bx, by, k),
				offset, ax, ay, bx, by));
	}

}
