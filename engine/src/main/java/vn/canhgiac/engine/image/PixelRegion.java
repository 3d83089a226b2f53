package vn.canhgiac.engine.image;

/**
 * An axis-aligned rectangle in pixel coordinates of a picture's stored grid.
 */
public record PixelRegion(int x, int y, int width, int height) {

	public PixelRegion {
		if (width < 0 || height < 0) {
			throw new IllegalArgumentException("negative size");
		}
	}

	public static PixelRegion bounding(float[] xs, float[] ys, int count) {
		float minX = Float.MAX_VALUE;
		float minY = Float.MAX_VALUE;
		float maxX = -Float.MAX_VALUE;
		float maxY = -Float.MAX_VALUE;
		for (int i = 0; i < count; i++) {
			minX = Math.min(minX, xs[i]);
			minY = Math.min(minY, ys[i]);
			maxX = Math.max(maxX, xs[i]);
			maxY = Math.max(maxY, ys[i]);
		}
		return new PixelRegion(Math.round(minX), Math.round(minY), Math.round(maxX - minX), Math.round(maxY - minY));
	}

	public long area() {
		return (long) this.width * this.height;
	}

	/** Intersection over union with another region, 0..1. */
	public double overlap(PixelRegion other) {
		int x0 = Math.max(this.x, other.x);
		int y0 = Math.max(this.y, other.y);
		int x1 = Math.min(this.x + this.width, other.x + other.width);
		int y1 = Math.min(this.y + this.height, other.y + other.height);
		if (x1 <= x0 || y1 <= y0) {
			return 0;
		}
		double inter = (double) (x1 - x0) * (y1 - y0);
		return inter / (area() + other.area() - inter);
	}

	public boolean contains(double px, double py) {
		return px >= this.x && py >= this.y && px < this.x + this.width && py < this.y + this.height;
	}

}
