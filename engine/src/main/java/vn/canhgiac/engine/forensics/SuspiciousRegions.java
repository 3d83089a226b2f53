package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.PixelRegion;

/**
 * The largest 4-connected group of map cells above a threshold — how a per-block map
 * becomes "this region" in a finding.
 */
final class SuspiciousRegions {

	record Component(int cells, double meanValue, PixelRegion region) {
	}

	private SuspiciousRegions() {
	}

	static Component largest(FloatRaster map, float threshold, int cellPx) {
		int w = map.width();
		int h = map.height();
		int[] label = new int[w * h];
		int[] stack = new int[w * h];
		Component best = new Component(0, 0, new PixelRegion(0, 0, 0, 0));
		int next = 1;
		for (int start = 0; start < w * h; start++) {
			if (label[start] != 0 || map.values()[start] < threshold) {
				continue;
			}
			int top = 0;
			stack[top++] = start;
			label[start] = next;
			int cells = 0;
			double sum = 0;
			int minX = w;
			int minY = h;
			int maxX = 0;
			int maxY = 0;
			while (top > 0) {
				int p = stack[--top];
				int x = p % w;
				int y = p / w;
				cells++;
				sum += map.values()[p];
				minX = Math.min(minX, x);
				minY = Math.min(minY, y);
				maxX = Math.max(maxX, x);
				maxY = Math.max(maxY, y);
				int[] neighbours = { (x > 0) ? p - 1 : -1, (x < w - 1) ? p + 1 : -1, (y > 0) ? p - w : -1,
						(y < h - 1) ? p + w : -1 };
				for (int q : neighbours) {
					if (q >= 0 && label[q] == 0 && map.values()[q] >= threshold) {
						label[q] = next;
						stack[top++] = q;
					}
				}
			}
			next++;
			if (cells > best.cells()) {
				best = new Component(cells, sum / cells, new PixelRegion(minX * cellPx, minY * cellPx,
						(maxX - minX + 1) * cellPx, (maxY - minY + 1) * cellPx));
			}
		}
		return best;
	}

}
