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
			int count = countInliers(model, sx, sy, sAngle, sScale, dx, dy, dAngle, dScale, n, tolerancePx, null);
			if (count > best.inliers()) {
				boolean[] mask = new boolean[n];
				countInliers(model, sx, sy, sAngle, sScale, dx, dy, dAngle, dScale, n, tolerancePx, mask);
				best = new Result(model, mask, count);
			}
		}
		return best;
	}

	private static int countInliers(Similarity m, float[] sx, float[] sy, float[] sAngle, float[] sScale, float[] dx,
			float[] dy, float[] dAngle, float[] dScale, int n, double tol, boolean[] mask) {
		int count = 0;
		double rotation = m.rotation();
		double scale = m.scale();
		for (int k = 0; k < n; k++) {
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
