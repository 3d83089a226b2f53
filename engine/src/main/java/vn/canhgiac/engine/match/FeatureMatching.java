package vn.canhgiac.engine.match;

import java.util.List;
import java.util.Optional;

import vn.canhgiac.engine.image.PixelRegion;

/**
 * Reference → picture attribution: nearest-neighbour matching with Lowe's ratio test at
 * his recommended 0.8 (Lowe, "Distinctive image features from scale-invariant keypoints",
 * IJCV 2004, §7.1), then {@link SimilarityRansac#fitLevelTolerance} with a tolerance
 * scaled to each keypoint's pyramid level. Also the copy-move search inside one picture.
 */
final class FeatureMatching {

	/**
	 * Inliers needed to name a reference. Different photos of one person, and aligned
	 * face crops of different people, line up eye, nose and mouth corners by
	 * construction: on the benchmark's 224-px face crops they reach 8–9 inliers under the
	 * level tolerance, while a pasted copy of a face 80 px wide gives 20 or more.
	 */
	static final int MIN_INLIERS = 12;

	/** Lowe's nearest / second-nearest distance ratio. */
	static final double RATIO = 0.8;

	/** Hamming distance (of 256 bits) beyond which a nearest neighbour is no match. */
	static final int MAX_DISTANCE = 80;

	/**
	 * How far, in pixels of its own pyramid level, a corner is re-detected after
	 * resampling and recompression.
	 */
	static final double LOCALISATION_PX = 1.5;

	private FeatureMatching() {
	}

	/** Ratio-test correspondences, reference side first ({@code s*}), picture second. */
	record Putative(float[] sx, float[] sy, float[] sa, float[] ss, float[] dx, float[] dy, float[] da, float[] ds,
			int count) {
	}

	static Putative putative(FeatureSet image, FeatureSet reference, int maxDistance, double ratio) {
		int n = reference.count();
		float[] sx = new float[n];
		float[] sy = new float[n];
		float[] sa = new float[n];
		float[] ss = new float[n];
		float[] dx = new float[n];
		float[] dy = new float[n];
		float[] da = new float[n];
		float[] ds = new float[n];
		long[] rd = reference.descriptors();
		long[] id = image.descriptors();
		int images = image.count();
		int m = 0;
		for (int i = 0; i < n; i++) {
			long r0 = rd[i * 4];
			long r1 = rd[i * 4 + 1];
			long r2 = rd[i * 4 + 2];
			long r3 = rd[i * 4 + 3];
			int best = Integer.MAX_VALUE;
			int second = Integer.MAX_VALUE;
			int bestJ = -1;
			for (int j = 0, b = 0; j < images; j++, b += 4) {
				int d = Long.bitCount(r0 ^ id[b]) + Long.bitCount(r1 ^ id[b + 1]) + Long.bitCount(r2 ^ id[b + 2])
						+ Long.bitCount(r3 ^ id[b + 3]);
				if (d < second) {
					if (d < best) {
						second = best;
						best = d;
						bestJ = j;
					}
					else {
						second = d;
					}
				}
			}
			if (bestJ >= 0 && best <= maxDistance && best < ratio * second) {
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
		return new Putative(sx, sy, sa, ss, dx, dy, da, ds, m);
	}

	/**
	 * The best similarity between one reference and the picture, whatever its support.
	 */
	record Candidate(Putative putative, SimilarityRansac.Result fit) {

		int inliers() {
			return this.fit.inliers();
		}

	}

	static Candidate candidate(FeatureSet image, FeatureSet reference, int referenceIndex) {
		Putative p = putative(image, reference, MAX_DISTANCE, RATIO);
		SimilarityRansac.Result fit = SimilarityRansac.fitLevelTolerance(p.sx(), p.sy(), p.sa(), p.ss(), p.dx(), p.dy(),
				p.da(), p.ds(), p.count(), LOCALISATION_PX, 5000, 31L * referenceIndex + 7);
		return new Candidate(p, fit);
	}

	/**
	 * The reference with the most inliers, if it reaches {@link #MIN_INLIERS}. Confidence
	 * grows with the inliers above that level and shrinks with the runner-up's share: two
	 * references that both fit well (two shots of one scene) leave the choice uncertain.
	 */
	static Optional<ReferenceMatch> best(FeatureSet image, List<FeatureSet> references) {
		Candidate best = null;
		int bestIndex = -1;
		int runnerUp = 0;
		for (int i = 0; i < references.size(); i++) {
			Candidate c = candidate(image, references.get(i), i);
			if (best == null || c.inliers() > best.inliers()) {
				runnerUp = (best == null) ? 0 : best.inliers();
				best = c;
				bestIndex = i;
			}
			else {
				runnerUp = Math.max(runnerUp, c.inliers());
			}
		}
		if (best == null || best.inliers() < MIN_INLIERS) {
			return Optional.empty();
		}
		Putative p = best.putative();
		SimilarityRansac.Result fit = best.fit();
		int k = fit.inliers();
		float[] ix = new float[k];
		float[] iy = new float[k];
		float[] rx = new float[k];
		float[] ry = new float[k];
		int c = 0;
		for (int i = 0; i < p.count(); i++) {
			if (fit.inlier()[i]) {
				ix[c] = p.dx()[i];
				iy[c] = p.dy()[i];
				rx[c] = p.sx()[i];
				ry[c] = p.sy()[i];
				c++;
			}
		}
		double support = 1 - Math.exp(-(k - MIN_INLIERS + 2) / 8.0);
		double margin = 1 - (double) runnerUp / k;
		return Optional
			.of(new ReferenceMatch(bestIndex, k, PixelRegion.bounding(ix, iy, k), PixelRegion.bounding(rx, ry, k),
					support * margin, fit.model().scale(), Math.toDegrees(fit.model().rotation())));
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
		// Distances are symmetric: each pair is computed once and updates both ends.
		int[] best = new int[n];
		int[] second = new int[n];
		int[] bestJ = new int[n];
		java.util.Arrays.fill(best, Integer.MAX_VALUE);
		java.util.Arrays.fill(second, Integer.MAX_VALUE);
		java.util.Arrays.fill(bestJ, -1);
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				float ddx = f.x()[i] - f.x()[j];
				float ddy = f.y()[i] - f.y()[j];
				if (ddx * ddx + ddy * ddy < minOffsetSq) {
					continue;
				}
				int d = f.distance(i, f, j);
				if (d < second[i]) {
					if (d < best[i]) {
						second[i] = best[i];
						best[i] = d;
						bestJ[i] = j;
					}
					else {
						second[i] = d;
					}
				}
				if (d < second[j]) {
					if (d < best[j]) {
						second[j] = best[j];
						best[j] = d;
						bestJ[j] = i;
					}
					else {
						second[j] = d;
					}
				}
			}
		}
		int m = 0;
		for (int i = 0; i < n; i++) {
			int j = bestJ[i];
			// Each pair is kept once (i < j) so the two copies do not vote twice.
			if (j > i && best[i] <= 24 && best[i] < 0.5 * second[i]) {
				sx[m] = f.x()[i];
				sy[m] = f.y()[i];
				sa[m] = f.angle()[i];
				ss[m] = f.scale()[i];
				dx[m] = f.x()[j];
				dy[m] = f.y()[j];
				da[m] = f.angle()[j];
				ds[m] = f.scale()[j];
				m++;
			}
		}
		SimilarityRansac.Result fit = SimilarityRansac.fit(sx, sy, sa, ss, dx, dy, da, ds, m, tolerancePx, 500, 99);
		if (fit.inliers() < 10) {
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
		// A cloned object is one compact patch. Matches spread over a facade or a fence
		// at a
		// constant shift are a periodic structure (windows, railings), not a clone.
		if (spread(ax, ay, k) > 0.5 * Math.max(offset, 1)) {
			return Optional.empty();
		}
		return Optional.of(new CloneEvidence(k, PixelRegion.bounding(ax, ay, k), PixelRegion.bounding(bx, by, k),
				offset, ax, ay, bx, by));
	}

	private static double spread(float[] x, float[] y, int n) {
		double mx = 0;
		double my = 0;
		for (int i = 0; i < n; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= n;
		my /= n;
		double v = 0;
		for (int i = 0; i < n; i++) {
			v += (x[i] - mx) * (x[i] - mx) + (y[i] - my) * (y[i] - my);
		}
		return Math.sqrt(v / n);
	}

}
