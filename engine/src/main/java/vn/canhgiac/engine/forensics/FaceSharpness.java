package vn.canhgiac.engine.forensics;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.PixelRegion;

/**
 * How sharp a face is compared with the picture around it, from the Haar wavelet energy
 * of the finest level against the next one, after H. Tong, M. Li, H. Zhang and C. Zhang,
 * "Blur detection for digital images using wavelet transform", ICME 2004: an edge keeps
 * its finest-level energy when it is sharp and loses it when the picture was blurred or
 * enlarged. A face cut from a small profile picture and enlarged to fit the host loses it
 * on its edges (eyes, mouth) and in its flat parts (skin without sensor noise), while the
 * host around it keeps both.
 *
 * <p>
 * Per 8×8 cell the three level-1 detail bands and the three level-2 bands are summed; the
 * ratio fine / coarse is taken over the most contrasted quarter of the cells (edges) and
 * over the least contrasted half (flat areas), inside the central two thirds of the face
 * box and in a ring out to twice the box. {@link #compare} returns ln(ring / face) for
 * each, so 0 = alike and larger = the face has lost detail the surroundings kept.
 */
final class FaceSharpness {

	private static final int CELL = 8;

	record Comparison(double edgeLoss, double flatLoss) {
	}

	private FaceSharpness() {
	}

	static Comparison compare(FloatRaster luma, PixelRegion face) {
		double[] inside = ratios(luma, face.x() + face.width() / 6, face.y() + face.height() / 6, face.width() * 2 / 3,
				face.height() * 2 / 3, null);
		double[] ring = ratios(luma, face.x() - face.width() / 2, face.y() - face.height() / 2, face.width() * 2,
				face.height() * 2, face);
		if (inside == null || ring == null) {
			return new Comparison(0, 0);
		}
		return new Comparison(Math.log(ring[0] / inside[0]), Math.log(ring[1] / inside[1]));
	}

	/**
	 * {fine/coarse over the most contrasted quarter of cells, over the least contrasted
	 * half}, or null with fewer than 4 cells.
	 */
	private static double @Nullable [] ratios(FloatRaster luma, int x0, int y0, int w, int h,
			@Nullable PixelRegion exclude) {
		List<double[]> cells = new ArrayList<>();
		float[] v = luma.values();
		int width = luma.width();
		int yEnd = Math.min(luma.height(), y0 + h);
		int xEnd = Math.min(width, x0 + w);
		for (int cy = Math.max(0, y0); cy + CELL <= yEnd; cy += CELL) {
			for (int cx = Math.max(0, x0); cx + CELL <= xEnd; cx += CELL) {
				if (exclude != null && cx + CELL > exclude.x() && cx < exclude.x() + exclude.width()
						&& cy + CELL > exclude.y() && cy < exclude.y() + exclude.height()) {
					continue;
				}
				cells.add(new double[] { detail(v, width, cx, cy, 1), detail(v, width, cx, cy, 2) });
			}
		}
		if (cells.size() < 4) {
			return null;
		}
		cells.sort((p, q) -> Double.compare(q[1], p[1]));
		double[] edges = sum(cells, 0, Math.max(1, cells.size() / 4));
		double[] flat = sum(cells, cells.size() / 2, cells.size());
		return new double[] { (edges[0] + 1) / (edges[1] + 1), (flat[0] + 1) / (flat[1] + 1) };
	}

	private static double[] sum(List<double[]> cells, int from, int to) {
		double fine = 0;
		double coarse = 0;
		for (int i = from; i < to; i++) {
			fine += cells.get(i)[0];
			coarse += cells.get(i)[1];
		}
		return new double[] { fine, coarse };
	}

	/**
	 * Sum of |HL| + |LH| + |HH| of the Haar transform at the given level over one cell,
	 * each coefficient on the scale of a pixel difference.
	 */
	private static double detail(float[] v, int width, int cx, int cy, int level) {
		int step = 1 << level;
		int half = step / 2;
		double total = 0;
		for (int y = cy; y < cy + CELL; y += step) {
			for (int x = cx; x < cx + CELL; x += step) {
				float a = quadrant(v, width, x, y, half);
				float b = quadrant(v, width, x + half, y, half);
				float c = quadrant(v, width, x, y + half, half);
				float d = quadrant(v, width, x + half, y + half, half);
				total += (Math.abs(a - b + c - d) + Math.abs(a + b - c - d) + Math.abs(a - b - c + d)) / (half * half);
			}
		}
		return total;
	}

	private static float quadrant(float[] v, int width, int x, int y, int size) {
		float sum = 0;
		for (int dy = 0; dy < size; dy++) {
			for (int dx = 0; dx < size; dx++) {
				sum += v[(y + dy) * width + x + dx];
			}
		}
		return sum;
	}

}
