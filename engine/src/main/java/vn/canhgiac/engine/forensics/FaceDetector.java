package vn.canhgiac.engine.forensics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.GrayImages;
import vn.canhgiac.engine.image.PixelRegion;
import vn.canhgiac.engine.image.RgbImage;

/**
 * Frontal faces with the Viola–Jones cascade from Debian's {@code opencv-data},
 * multi-scale with OpenCV's step rule and neighbour grouping, then a skin-colour check on
 * the box (Chai and Ngan's YCbCr skin range) to drop false hits on foliage and textures.
 * Absent cascade file → no detector, reported as a finding rather than silently.
 */
final class FaceDetector {

	static final Path DEFAULT_CASCADE = Path.of("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");

	private static final int WORK_SIDE_PX = 480;

	private static final double SCALE_STEP = 1.2;

	private static final int MIN_NEIGHBOURS = 3;

	/**
	 * Smallest face searched, as a share of the picture's longer side: a composite made
	 * to shame someone shows the face large, and the smallest windows are the most
	 * numerous to scan.
	 */
	private static final double MIN_FACE_SHARE = 0.05;

	/** Second opinion for boxes whose colour is not skin-like (see {@link #detect}). */
	private static final String CONFIRMING_CASCADE = "haarcascade_frontalface_alt2.xml";

	private final HaarCascade cascade;

	private final @Nullable HaarCascade confirming;

	private FaceDetector(HaarCascade cascade, @Nullable HaarCascade confirming) {
		this.cascade = cascade;
		this.confirming = confirming;
	}

	static Optional<FaceDetector> load(Path cascadeFile) {
		if (!Files.isRegularFile(cascadeFile)) {
			return Optional.empty();
		}
		try {
			HaarCascade confirming = null;
			Path second = cascadeFile.resolveSibling(CONFIRMING_CASCADE);
			if (!second.equals(cascadeFile) && Files.isRegularFile(second)) {
				confirming = HaarCascade.load(second);
			}
			return Optional.of(new FaceDetector(HaarCascade.load(cascadeFile), confirming));
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}

	List<PixelRegion> detect(RgbImage image, FloatRaster luma) {
		double factor = Math.min(1.0, (double) WORK_SIDE_PX / Math.max(image.width(), image.height()));
		FloatRaster gray = luma;
		if (factor < 1) {
			gray = GrayImages.resize(gray, (int) Math.round(image.width() * factor),
					(int) Math.round(image.height() * factor));
		}
		List<int[]> hits = new ArrayList<>();
		double smallest = Math.max(1,
				MIN_FACE_SHARE * Math.max(gray.width(), gray.height()) / this.cascade.windowWidth);
		for (double scale = smallest; gray.width() / scale >= this.cascade.windowWidth
				&& gray.height() / scale >= this.cascade.windowHeight; scale *= SCALE_STEP) {
			FloatRaster level = (scale == 1) ? gray : GrayImages.resize(gray, (int) Math.round(gray.width() / scale),
					(int) Math.round(gray.height() / scale));
			scan(this.cascade, level, scale, hits);
		}
		List<PixelRegion> faces = new ArrayList<>();
		for (int[] r : group(hits)) {
			PixelRegion box = new PixelRegion((int) (r[0] / factor), (int) (r[1] / factor), (int) (r[2] / factor),
					(int) (r[3] / factor));
			if (skinFraction(image, box) >= 0.25 || confirmedBySecondCascade(gray, r)) {
				faces.add(box);
			}
		}
		return faces;
	}

	/**
	 * A pasted face is often colour-shifted towards the host (a green or grey face fails
	 * the skin test), so a box that is not skin-coloured is kept when a second cascade,
	 * trained separately, also finds a face of about that size there: the two cascades
	 * rarely agree on foliage and textures.
	 */
	private boolean confirmedBySecondCascade(FloatRaster gray, int[] box) {
		if (this.confirming == null) {
			return false;
		}
		int margin = box[2] / 3;
		int x0 = Math.max(0, box[0] - margin);
		int y0 = Math.max(0, box[1] - margin);
		int x1 = Math.min(gray.width(), box[0] + box[2] + margin);
		int y1 = Math.min(gray.height(), box[1] + box[3] + margin);
		FloatRaster crop = GrayImages.crop(gray, x0, y0, x1 - x0, y1 - y0);
		List<int[]> hits = new ArrayList<>();
		double smallest = 0.7 * box[2] / this.confirming.windowWidth;
		double largest = 1.4 * box[2] / this.confirming.windowWidth;
		for (double scale = Math.max(1, smallest); scale <= largest; scale *= 1.1) {
			int w = (int) Math.round(crop.width() / scale);
			int h = (int) Math.round(crop.height() / scale);
			if (w < this.confirming.windowWidth || h < this.confirming.windowHeight) {
				break;
			}
			scan(this.confirming, (scale == 1) ? crop : GrayImages.resize(crop, w, h), scale, hits);
		}
		int agreeing = 0;
		for (int[] hit : hits) {
			int cx = x0 + hit[0] + hit[2] / 2;
			int cy = y0 + hit[1] + hit[3] / 2;
			if (Math.abs(cx - (box[0] + box[2] / 2)) < box[2] / 4
					&& Math.abs(cy - (box[1] + box[3] / 2)) < box[3] / 4) {
				agreeing++;
			}
		}
		return agreeing >= MIN_NEIGHBOURS;
	}

	private static void scan(HaarCascade cascade, FloatRaster level, double scale, List<int[]> hits) {
		int w = level.width();
		int h = level.height();
		double[] sum = new double[(w + 1) * (h + 1)];
		double[] sq = new double[(w + 1) * (h + 1)];
		for (int y = 0; y < h; y++) {
			double row = 0;
			double rowSq = 0;
			for (int x = 0; x < w; x++) {
				float v = level.values()[y * w + x];
				row += v;
				rowSq += v * v;
				sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + row;
				sq[(y + 1) * (w + 1) + x + 1] = sq[y * (w + 1) + x + 1] + rowSq;
			}
		}
		HaarCascade.Layout layout = cascade.layout(w + 1);
		int step = (scale > 2) ? 1 : 2;
		for (int y = 0; y + cascade.windowHeight <= h; y += step) {
			for (int x = 0; x + cascade.windowWidth <= w; x += step) {
				if (cascade.accepts(layout, sum, sq, x, y)) {
					hits.add(new int[] { (int) Math.round(x * scale), (int) Math.round(y * scale),
							(int) Math.round(cascade.windowWidth * scale),
							(int) Math.round(cascade.windowHeight * scale) });
				}
			}
		}
	}

	/**
	 * OpenCV's groupRectangles: similar boxes (eps 0.2) merge, clusters below the vote
	 * drop.
	 */
	private static List<int[]> group(List<int[]> hits) {
		int n = hits.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (similar(hits.get(i), hits.get(j))) {
					parent[find(parent, i)] = find(parent, j);
				}
			}
		}
		java.util.Map<Integer, long[]> clusters = new java.util.HashMap<>();
		for (int i = 0; i < n; i++) {
			long[] c = clusters.computeIfAbsent(find(parent, i), (k) -> new long[5]);
			int[] r = hits.get(i);
			c[0] += r[0];
			c[1] += r[1];
			c[2] += r[2];
			c[3] += r[3];
			c[4]++;
		}
		List<int[]> out = new ArrayList<>();
		for (long[] c : clusters.values()) {
			if (c[4] >= MIN_NEIGHBOURS) {
				out.add(new int[] { (int) (c[0] / c[4]), (int) (c[1] / c[4]), (int) (c[2] / c[4]),
						(int) (c[3] / c[4]) });
			}
		}
		out.removeIf((small) -> out.stream()
			.anyMatch((big) -> big != small && big[2] > small[2] * 1.2 && small[0] >= big[0] - small[2] * 0.2
					&& small[1] >= big[1] - small[3] * 0.2 && small[0] + small[2] <= big[0] + big[2] * 1.2
					&& small[1] + small[3] <= big[1] + big[3] * 1.2));
		return out;
	}

	private static boolean similar(int[] a, int[] b) {
		double delta = 0.2 * (Math.min(a[2], b[2]) + Math.min(a[3], b[3])) * 0.5;
		return Math.abs(a[0] - b[0]) <= delta && Math.abs(a[1] - b[1]) <= delta
				&& Math.abs(a[0] + a[2] - b[0] - b[2]) <= delta && Math.abs(a[1] + a[3] - b[1] - b[3]) <= delta;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/**
	 * Share of skin-coloured pixels in the central half of the box (YCbCr, Chai and Ngan
	 * 1999).
	 */
	static double skinFraction(RgbImage image, PixelRegion box) {
		int x0 = Math.max(0, box.x() + box.width() / 4);
		int y0 = Math.max(0, box.y() + box.height() / 4);
		int x1 = Math.min(image.width(), box.x() + box.width() * 3 / 4);
		int y1 = Math.min(image.height(), box.y() + box.height() * 3 / 4);
		int skin = 0;
		int total = 0;
		int stride = Math.max(1, (x1 - x0) / 40);
		for (int y = y0; y < y1; y += stride) {
			for (int x = x0; x < x1; x += stride) {
				int p = image.rgbAt(x, y);
				int r = (p >> 16) & 0xff;
				int g = (p >> 8) & 0xff;
				int b = p & 0xff;
				double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
				double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
				if (cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173) {
					skin++;
				}
				total++;
			}
		}
		return total == 0 ? 0 : (double) skin / total;
	}

}
