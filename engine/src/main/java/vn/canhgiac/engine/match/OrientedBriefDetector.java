package vn.canhgiac.engine.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.GrayImages;

/**
 * ORB-style features: FAST-9 corners (Rosten and Drummond, ECCV 2006) on a √2 pyramid,
 * orientation by intensity centroid and steered BRIEF descriptors (Rublee, Rabaud,
 * Konolige, Bradski, "ORB: an efficient alternative to SIFT or SURF", ICCV 2011). Corners
 * are spread over the picture with a grid so that a small pasted face still gets its own
 * keypoints in a large photo.
 */
final class OrientedBriefDetector {

	private static final int PATCH_RADIUS = 15;

	private static final int BORDER = 22;

	static final int FAST_THRESHOLD = 12;

	private static final int[][] CIRCLE = { { 0, -3 }, { 1, -3 }, { 2, -2 }, { 3, -1 }, { 3, 0 }, { 3, 1 }, { 2, 2 },
			{ 1, 3 }, { 0, 3 }, { -1, 3 }, { -2, 2 }, { -3, 1 }, { -3, 0 }, { -3, -1 }, { -2, -2 }, { -1, -3 } };

	private static final int ANGLE_BINS = 30;

	/** Point pairs for each angle bin: [bin][pair*4 + {x1,y1,x2,y2}]. */
	private static final int[][] PATTERNS = buildPatterns();

	private OrientedBriefDetector() {
	}

	/**
	 * @param maxFeatures keypoints on the first level (each further level keeps 60 %)
	 * @param levels pyramid levels, √2 apart
	 * @param cellPx grid cell side in level pixels
	 * @param fastThreshold FAST intensity threshold (grey levels)
	 * @param balanced {@code false}: the strongest corners of the whole level, three
	 * cells' worth of candidates per cell; {@code true}: an equal share per cell, never
	 * displaced by stronger corners elsewhere
	 */
	record Config(int maxFeatures, int levels, int cellPx, int fastThreshold, boolean balanced) {

		Config(int maxFeatures, int levels, int cellPx) {
			this(maxFeatures, levels, cellPx, FAST_THRESHOLD, false);
		}

	}

	static FeatureSet detect(FloatRaster gray, Config config) {
		List<float[]> found = new ArrayList<>();
		List<long[]> descriptors = new ArrayList<>();
		double scale = 1;
		FloatRaster level = gray;
		int perLevel = config.maxFeatures();
		for (int l = 0; l < config.levels(); l++) {
			if (level.width() < 2 * BORDER + 8 || level.height() < 2 * BORDER + 8) {
				break;
			}
			FloatRaster smooth = GrayImages.boxBlur(level, 2);
			for (int[] corner : corners(level, perLevel, config)) {
				int cx = corner[0];
				int cy = corner[1];
				float angle = orientation(level, cx, cy);
				found.add(new float[] { (float) (cx / scale), (float) (cy / scale), (float) scale, angle });
				descriptors.add(describe(smooth, cx, cy, angle));
			}
			perLevel = (int) (perLevel * 0.6);
			scale /= Math.sqrt(2);
			level = GrayImages.resize(gray, Math.max(1, (int) Math.round(gray.width() * scale)),
					Math.max(1, (int) Math.round(gray.height() * scale)));
		}
		int n = found.size();
		float[] xs = new float[n];
		float[] ys = new float[n];
		float[] ss = new float[n];
		float[] as = new float[n];
		long[] ds = new long[n * 4];
		for (int i = 0; i < n; i++) {
			float[] f = found.get(i);
			xs[i] = f[0];
			ys[i] = f[1];
			ss[i] = f[2];
			as[i] = f[3];
			System.arraycopy(descriptors.get(i), 0, ds, i * 4, 4);
		}
		return new FeatureSet(xs, ys, ss, as, ds, n);
	}

	/** FAST-9 with 3×3 non-maximum suppression, best corners kept per grid cell. */
	private static List<int[]> corners(FloatRaster img, int max, Config config) {
		int cellPx = config.cellPx();
		int threshold = config.fastThreshold();
		int w = img.width();
		int h = img.height();
		float[] score = new float[w * h];
		float[] v = img.values();
		int[] offsets = new int[16];
		for (int i = 0; i < 16; i++) {
			offsets[i] = CIRCLE[i][1] * w + CIRCLE[i][0];
		}
		for (int y = BORDER; y < h - BORDER; y++) {
			for (int x = BORDER; x < w - BORDER; x++) {
				int p = y * w + x;
				float c = v[p];
				float hi = c + threshold;
				float lo = c - threshold;
				// Quick reject on the four compass points: a 9-arc covers at least 2 of
				// them, all brighter or all darker.
				int brighter = 0;
				int darker = 0;
				for (int k = 0; k < 16; k += 4) {
					float q = v[p + offsets[k]];
					if (q > hi) {
						brighter++;
					}
					else if (q < lo) {
						darker++;
					}
				}
				if (brighter < 2 && darker < 2) {
					continue;
				}
				score[p] = fastScore(v, p, offsets, hi, lo, c);
			}
		}
		int cellsX = (w + cellPx - 1) / cellPx;
		int cellsY = (h + cellPx - 1) / cellPx;
		int perCell = config.balanced() ? Math.max(1, (int) Math.ceil((double) max / (cellsX * cellsY)))
				: Math.max(2, (int) Math.ceil(3.0 * max / (cellsX * cellsY)));
		List<int[]> kept = new ArrayList<>();
		List<int[]> cell = new ArrayList<>();
		for (int cy = 0; cy < cellsY; cy++) {
			for (int cx = 0; cx < cellsX; cx++) {
				cell.clear();
				for (int y = Math.max(BORDER, cy * cellPx); y < Math.min(h - BORDER, (cy + 1) * cellPx); y++) {
					for (int x = Math.max(BORDER, cx * cellPx); x < Math.min(w - BORDER, (cx + 1) * cellPx); x++) {
						float s = score[y * w + x];
						if (s > 0 && isLocalMax(score, w, x, y, s)) {
							cell.add(new int[] { x, y, Float.floatToIntBits(s) });
						}
					}
				}
				cell.sort((a, b) -> Float.compare(Float.intBitsToFloat(b[2]), Float.intBitsToFloat(a[2])));
				for (int i = 0; i < Math.min(perCell, cell.size()); i++) {
					kept.add(cell.get(i));
				}
			}
		}
		if (config.balanced()) {
			return kept;
		}
		kept.sort((a, b) -> Float.compare(Float.intBitsToFloat(b[2]), Float.intBitsToFloat(a[2])));
		return kept.subList(0, Math.min(max, kept.size()));
	}

	private static boolean isLocalMax(float[] score, int w, int x, int y, float s) {
		for (int dy = -1; dy <= 1; dy++) {
			for (int dx = -1; dx <= 1; dx++) {
				if ((dx != 0 || dy != 0) && score[(y + dy) * w + x + dx] >= s
						&& (score[(y + dy) * w + x + dx] > s || dy < 0 || (dy == 0 && dx < 0))) {
					return false;
				}
			}
		}
		return true;
	}

	/** Sum of contrast of the longest ≥9 contiguous brighter or darker arc, 0 if none. */
	private static float fastScore(float[] v, int p, int[] offsets, float hi, float lo, float c) {
		int brighter = 0;
		int darker = 0;
		float sumB = 0;
		float sumD = 0;
		for (int i = 0; i < 16; i++) {
			float q = v[p + offsets[i]];
			if (q > hi) {
				brighter |= 1 << i;
				sumB += q - hi;
			}
			else if (q < lo) {
				darker |= 1 << i;
				sumD += lo - q;
			}
		}
		if (hasArc(brighter)) {
			return sumB;
		}
		if (hasArc(darker)) {
			return sumD;
		}
		return 0;
	}

	/** Whether the 16-bit circular mask has 9 contiguous set bits. */
	private static boolean hasArc(int mask) {
		if (Integer.bitCount(mask) < 9) {
			return false;
		}
		int m = mask | (mask << 16);
		// After k steps bit i is set when bits i..i+2^k-1 all are: 1, 2, 4, 8, then 9.
		int a = m & (m >>> 1);
		a &= a >>> 2;
		a &= a >>> 4;
		a &= m >>> 8;
		return a != 0;
	}

	private static float orientation(FloatRaster img, int cx, int cy) {
		double m01 = 0;
		double m10 = 0;
		int w = img.width();
		float[] v = img.values();
		for (int dy = -PATCH_RADIUS; dy <= PATCH_RADIUS; dy++) {
			int span = (int) Math.sqrt(PATCH_RADIUS * PATCH_RADIUS - dy * dy);
			for (int dx = -span; dx <= span; dx++) {
				float value = v[(cy + dy) * w + cx + dx];
				m10 += dx * value;
				m01 += dy * value;
			}
		}
		return (float) Math.atan2(m01, m10);
	}

	private static long[] describe(FloatRaster smooth, int cx, int cy, float angle) {
		double a = angle < 0 ? angle + 2 * Math.PI : angle;
		int bin = (int) Math.round(a / (2 * Math.PI) * ANGLE_BINS) % ANGLE_BINS;
		int[] pattern = PATTERNS[bin];
		long[] d = new long[4];
		int w = smooth.width();
		float[] v = smooth.values();
		for (int i = 0; i < 256; i++) {
			float p1 = v[(cy + pattern[i * 4 + 1]) * w + cx + pattern[i * 4]];
			float p2 = v[(cy + pattern[i * 4 + 3]) * w + cx + pattern[i * 4 + 2]];
			if (p1 < p2) {
				d[i >> 6] |= 1L << (i & 63);
			}
		}
		return d;
	}

	/** BRIEF's isotropic Gaussian sampling (σ = patch/5), seeded, pre-rotated per bin. */
	private static int[][] buildPatterns() {
		Random random = new Random(0x0B1EF);
		double[] base = new double[256 * 4];
		for (int i = 0; i < base.length; i++) {
			double g;
			do {
				g = random.nextGaussian() * (2 * PATCH_RADIUS + 1) / 5.0;
			}
			while (Math.abs(g) > PATCH_RADIUS - 2);
			base[i] = g;
		}
		int[][] patterns = new int[ANGLE_BINS][256 * 4];
		for (int b = 0; b < ANGLE_BINS; b++) {
			double t = 2 * Math.PI * b / ANGLE_BINS;
			double cos = Math.cos(t);
			double sin = Math.sin(t);
			for (int i = 0; i < 512; i++) {
				double x = base[i * 2];
				double y = base[i * 2 + 1];
				patterns[b][i * 2] = (int) Math.round(x * cos - y * sin);
				patterns[b][i * 2 + 1] = (int) Math.round(x * sin + y * cos);
			}
		}
		return patterns;
	}

}
