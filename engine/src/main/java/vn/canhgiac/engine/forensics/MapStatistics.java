package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.PixelRegion;

/**
 * Small statistics over forensic maps: percentiles, and the mean of a map inside a pixel
 * region versus a ring around it (how a face compares with its surroundings).
 */
final class MapStatistics {

	private MapStatistics() {
	}

	static float percentile(float[] values, double q) {
		float[] copy = values.clone();
		java.util.Arrays.sort(copy);
		return copy[(int) Math.min(copy.length - 1, Math.max(0, Math.round(q * (copy.length - 1))))];
	}

	static FloatRaster normaliseByPercentile(FloatRaster raw, double q) {
		float p = percentile(raw.values(), q);
		float scale = (p > 1e-6f) ? 1 / p : 0;
		float[] out = new float[raw.values().length];
		for (int i = 0; i < out.length; i++) {
			out[i] = Math.min(1f, raw.values()[i] * scale);
		}
		return new FloatRaster(raw.width(), raw.height(), out);
	}

	/**
	 * Mean of {@code map} over the cells covered by {@code region} and over a ring of
	 * half the region's size around it; the map may be coarser than the picture.
	 * @return {inside, ring}
	 */
	static double[] insideAndRing(FloatRaster map, PixelRegion region, int imageWidth, int imageHeight) {
		double sx = (double) map.width() / imageWidth;
		double sy = (double) map.height() / imageHeight;
		int ix0 = (int) Math.floor(region.x() * sx);
		int iy0 = (int) Math.floor(region.y() * sy);
		int ix1 = (int) Math.ceil((region.x() + region.width()) * sx);
		int iy1 = (int) Math.ceil((region.y() + region.height()) * sy);
		int mx = Math.max(1, (ix1 - ix0) / 2);
		int my = Math.max(1, (iy1 - iy0) / 2);
		double in = 0;
		int nIn = 0;
		double ring = 0;
		int nRing = 0;
		for (int y = Math.max(0, iy0 - my); y < Math.min(map.height(), iy1 + my); y++) {
			for (int x = Math.max(0, ix0 - mx); x < Math.min(map.width(), ix1 + mx); x++) {
				boolean inside = x >= ix0 && x < ix1 && y >= iy0 && y < iy1;
				if (inside) {
					in += map.at(x, y);
					nIn++;
				}
				else {
					ring += map.at(x, y);
					nRing++;
				}
			}
		}
		return new double[] { nIn == 0 ? 0 : in / nIn, nRing == 0 ? 0 : ring / nRing };
	}

	/**
	 * The most outlying blob of a map: the map is averaged over windows of about the size
	 * of a pasted face, and the peak window is scored as a robust z value against all
	 * windows, z = (peak − median) / (1.4826·MAD), with the MAD floored so that a flat
	 * map cannot produce a huge z from tiny differences.
	 */
	record Blob(double z, double peak, PixelRegion region) {
	}

	static Blob blob(FloatRaster map, int cellPx, int imageWidth, int imageHeight) {
		int radius = Math.max(1, (int) Math.round(0.05 * Math.min(imageWidth, imageHeight) / cellPx));
		FloatRaster smooth = vn.canhgiac.engine.image.GrayImages.boxBlur(map, radius);
		float[] v = smooth.values();
		float median = percentile(v, 0.5);
		float[] deviation = new float[v.length];
		int peakIndex = 0;
		for (int i = 0; i < v.length; i++) {
			deviation[i] = Math.abs(v[i] - median);
			if (v[i] > v[peakIndex]) {
				peakIndex = i;
			}
		}
		double mad = Math.max(0.03, 1.4826 * percentile(deviation, 0.5));
		int px = peakIndex % smooth.width();
		int py = peakIndex / smooth.width();
		int x0 = Math.max(0, px - radius);
		int y0 = Math.max(0, py - radius);
		PixelRegion region = new PixelRegion(x0 * cellPx, y0 * cellPx,
				Math.min(imageWidth - x0 * cellPx, (2 * radius + 1) * cellPx),
				Math.min(imageHeight - y0 * cellPx, (2 * radius + 1) * cellPx));
		return new Blob((v[peakIndex] - median) / mad, v[peakIndex], region);
	}

}
