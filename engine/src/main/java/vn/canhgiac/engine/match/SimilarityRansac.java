package vn.canhgiac.engine.match;

import java.util.Random;

/**
 * RANSAC (Fischler and Bolles, 1981) for a 2-D similarity transform — scale, rotation,
 * translation — from point correspondences. Two correspondences determine a hypothesis;
 * keypoint orientation and scale must agree with it too, which removes most chance
 * agreements among repeated textures. Seeded, so a report can be re-derived exactly.
 */
final class SimilarityRansac {

	/** Maps (sx, sy) to (a·sx − b·sy + tx, b·sx + a·sy + ty). */
	record Similarity(double a, double b, double tx, double ty) {

		double scale() {
			return Math.hypot(this.a, this.b);
		}

		double rotation() {
			return Math.atan2(this.b, this.a);
		}

		double mapX(double x, double y) {
			return this.a * x - this.b * y + this.tx;
		}

		double mapY(double x, double y) {
			return this.b * x + this.a * y + this.ty;
		}

	}

	record Result(Similarity model, boolean[] inlier, int inliers) {
	}

	private SimilarityRansac() {
	}

	/**
	 * @param src source points and attributes (reference side)
	 * @param dst destination points (image side), same index = one correspondence
	 * @param tolerancePx reprojection tolerance in destination pixels
	 */
	static Result fit(float[] sx, float[] sy, float[] sAngle, float[] sScale, float[] dx, float[] dy, float[] dAngle,
			float[] dScale, int n, double tolerancePx, int iterations, long seed) {
		Random random = new Random(seed);
		Result best = new Result(new Similarity(1, 0, 0, 0), new boolean[n], 0);
		if (n < 3) {
			return best;
		}
		for (int it = 0; it < iterations; it++) {
			int i = random.nextInt(n);
			int j = random.nextInt(n);
			if (i == j) {
				continue;
			}
			Similarity model = fromTwo(sx[i], sy[i], sx[j], sy[j], dx[i], dy[i], dx[j], dy[j]);
			if (model == null || model.scale() < 0.2 || model.scale() > 5) {
				continue;
			}
			int count = countInliers(model, sx, sy, sAngle, sScale, dx, dy, dAngle, dScale, n, tolerancePx, false,
					null);
			if (count > best.inliers()) {
				boolean[] mask = new boolean[n];
				countInliers(model, sx, sy, sAngle, sScale, dx, dy, dAngle, dScale, n, tolerancePx, false, mask);
				best = new Result(model, mask, count);
			}
		}
		return best;
	}

	/**
	 * As {@link #fit} with a tolerance per correspondence from the two keypoints' pyramid
	 * levels: a corner is located to about {@code localisationPx} pixels of its own
	 * level, so the tolerance in picture pixels is that amount divided by the picture
	 * keypoint's level scale, combined with the reference keypoint's (mapped by the model
	 * scale). Every improvement is refined by a weighted least-squares fit on its inliers
	 * and a recount (locally optimised RANSAC, Chum, Matas and Kittler, DAGM 2003); the
	 * number of samples adapts to the best inlier ratio so far.
	 */
	static Result fitLevelTolerance(float[] sx, float[] sy, float[] sAngle, float[] sScale, float[] dx, float[] dy,
			float[] dAngle, float[] dScale, int n, double localisationPx, int maxIterations, long seed) {
		Random random = new Random(seed);
		Result best = new Result(new Similarity(1, 0, 0, 0), new boolean[n], 0);
		if (n < 3) {
			return best;
		}
		int needed = maxIterations;
		for (int it = 0; it < Math.min(needed, maxIterations); it++) {
			int i = random.nextInt(n);
			int j = random.nextInt(n);
			if (i == j) {
				continue;
			}
			Similarity model = fromTwo(sx[i], sy[i], sx[j], sy[j], dx[i], dy[i], dx[j], dy[j]);
			if (model == null || model.scale() < 0.1 || model.scale() > 10) {
				continue;
			}
			int count = countLevelInliers(model, sx, sy, sAngle, sScale, dx, dy, dAngle, dScale, n, localisationPx,
					null);
			if (count <= best.inliers() || count < 3) {
				continue;
			}
			boolean[] mask = new boolean[n];
			countLevelInliers(model, sx, sy, sAngle, sScale, dx, dy, dAngle, dScale, n, localisationPx, mask);
			for (int round = 0; round < 4; round++) {
				Similarity refined = leastSquares(model, mask, sx, sy, sScale, dx, dy, dScale, n);
				if (refined == null) {
					break;
				}
				boolean[] refinedMask = new boolean[n];
				int refinedCount = countLevelInliers(refined, sx, sy, sAngle, sScale, dx, dy, dAngle, dScale, n,
						localisationPx, refinedMask);
				if (refinedCount < count) {
					break;
				}
				model = refined;
				mask = refinedMask;
				count = refinedCount;
			}
			if (count > best.inliers()) {
				best = new Result(model, mask, count);
				double w = (double) count / n;
				needed = (int) Math.min(maxIterations, Math.ceil(Math.log(1e-3) / Math.log(1 - w * w)));
			}
		}
		return best;
	}

	private static double levelTolerance(double modelScale, float sScale, float dScale, double localisationPx) {
		double img = 1.0 / dScale;
		double ref = modelScale / sScale;
		return localisationPx * Math.sqrt(img * img + ref * ref);
	}

	private static int countLevelInliers(Similarity m, float[] sx, float[] sy, float[] sAngle, float[] sScale,
			float[] dx, float[] dy, float[] dAngle, float[] dScale, int n, double localisationPx, boolean[] mask) {
		return countInliers(m, sx, sy, sAngle, sScale, dx, dy, dAngle, dScale, n, localisationPx, true, mask);
	}

	/**
	 * Similarity minimising the squared residuals of the masked pairs, each weighted by
	 * its level.
	 */
	private static Similarity leastSquares(Similarity current, boolean[] mask, float[] sx, float[] sy, float[] sScale,
			float[] dx, float[] dy, float[] dScale, int n) {
		double sw = 0;
		double msx = 0;
		double msy = 0;
		double mdx = 0;
		double mdy = 0;
		double scale = current.scale();
		double[] weight = new double[n];
		for (int k = 0; k < n; k++) {
			if (!mask[k]) {
				continue;
			}
			double t = levelTolerance(scale, sScale[k], dScale[k], 1);
			weight[k] = 1 / (t * t);
			sw += weight[k];
			msx += weight[k] * sx[k];
			msy += weight[k] * sy[k];
			mdx += weight[k] * dx[k];
			mdy += weight[k] * dy[k];
		}
		if (sw == 0) {
			return null;
		}
		msx /= sw;
		msy /= sw;
		mdx /= sw;
		mdy /= sw;
		double num1 = 0;
		double num2 = 0;
		double den = 0;
		for (int k = 0; k < n; k++) {
			if (!mask[k]) {
				continue;
			}
			double x = sx[k] - msx;
			double y = sy[k] - msy;
			double u = dx[k] - mdx;
			double v = dy[k] - mdy;
			num1 += weight[k] * (x * u + y * v);
			num2 += weight[k] * (x * v - y * u);
			den += weight[k] * (x * x + y * y);
		}
		if (den <= 0) {
			return null;
		}
		double a = num1 / den;
		double b = num2 / den;
		return new Similarity(a, b, mdx - (a * msx - b * msy), mdy - (b * msx + a * msy));
	}

	/**
	 * @param tolerancePx the inlier distance in pixels, or with {@code perLevel} the
	 * localisation in pixels at each keypoint's pyramid level ({@link #levelTolerance})
	 */
	private static int countInliers(Similarity m, float[] sx, float[] sy, float[] sAngle, float[] sScale, float[] dx,
			float[] dy, float[] dAngle, float[] dScale, int n, double tolerancePx, boolean perLevel, boolean[] mask) {
		int count = 0;
		double rotation = m.rotation();
		double scale = m.scale();
		for (int k = 0; k < n; k++) {
			double tol = perLevel ? levelTolerance(scale, sScale[k], dScale[k], tolerancePx) : tolerancePx;
			double ex = m.mapX(sx[k], sy[k]) - dx[k];
			double ey = m.mapY(sx[k], sy[k]) - dy[k];
			if (ex * ex + ey * ey > tol * tol) {
				continue;
			}
			double dAng = Math.abs(angleDiff(dAngle[k] - sAngle[k], rotation));
			// Keypoint scale is the pyramid level: level ratio and model scale must agree
			// within one √2 step either way.
			double levelRatio = (sScale[k] / dScale[k]) / scale;
			if (dAng > 0.6 || levelRatio < 0.35 || levelRatio > 2.9) {
				continue;
			}
			count++;
			if (mask != null) {
				mask[k] = true;
			}
		}
		return count;
	}

	static double angleDiff(double a, double b) {
		double d = a - b;
		while (d > Math.PI) {
			d -= 2 * Math.PI;
		}
		while (d < -Math.PI) {
			d += 2 * Math.PI;
		}
		return d;
	}

	private static Similarity fromTwo(double x1, double y1, double x2, double y2, double u1, double v1, double u2,
			double v2) {
		double dx = x2 - x1;
		double dy = y2 - y1;
		double du = u2 - u1;
		double dv = v2 - v1;
		double den = dx * dx + dy * dy;
		if (den < 25) {
			return null;
		}
		double a = (du * dx + dv * dy) / den;
		double b = (dv * dx - du * dy) / den;
		return new Similarity(a, b, u1 - (a * x1 - b * y1), v1 - (b * x1 + a * y1));
	}

}
