package vn.canhgiac.engine.testing;

import java.util.Random;

import vn.canhgiac.engine.image.RgbImage;

/**
 * Seeded synthetic pictures with photo-like texture (smooth shapes plus sensor-like
 * noise), so that JPEG statistics behave as on real photos without shipping any photo.
 */
public final class SyntheticImages {

	private SyntheticImages() {
	}

	public static RgbImage texturedScene(int width, int height, long seed) {
		Random random = new Random(seed);
		double[][] waves = new double[12][5];
		for (double[] w : waves) {
			w[0] = random.nextDouble() * 0.08;
			w[1] = random.nextDouble() * 0.08;
			w[2] = random.nextDouble() * Math.PI * 2;
			w[3] = 10 + random.nextDouble() * 30;
			w[4] = random.nextInt(3);
		}
		int[] rgb = new int[width * height];
		float[] texture = valueNoise(width, height, random);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double t = texture[y * width + x];
				double[] c = { 110 + t, 120 + t * 0.9, 100 + t * 0.8 };
				for (double[] w : waves) {
					double v = w[3] * Math.sin(w[0] * x + w[1] * y + w[2]);
					c[(int) w[4]] += v;
					c[((int) w[4] + 1) % 3] += v * 0.5;
				}
				int r = clamp(c[0] + random.nextGaussian() * 6);
				int g = clamp(c[1] + random.nextGaussian() * 6);
				int b = clamp(c[2] + random.nextGaussian() * 6);
				rgb[y * width + x] = (r << 16) | (g << 8) | b;
			}
		}
		return new RgbImage(width, height, rgb);
	}

	/**
	 * Octaves of bilinear value noise, amplitude growing with scale like natural images.
	 */
	private static float[] valueNoise(int width, int height, Random random) {
		float[] out = new float[width * height];
		for (int cell = 2; cell <= 64; cell *= 2) {
			int gw = width / cell + 2;
			int gh = height / cell + 2;
			float[] grid = new float[gw * gh];
			for (int i = 0; i < grid.length; i++) {
				grid[i] = (float) (random.nextGaussian() * 4 * Math.sqrt(cell));
			}
			for (int y = 0; y < height; y++) {
				float fy = (float) y / cell;
				int gy = (int) fy;
				float ty = fy - gy;
				for (int x = 0; x < width; x++) {
					float fx = (float) x / cell;
					int gx = (int) fx;
					float tx = fx - gx;
					float top = grid[gy * gw + gx] * (1 - tx) + grid[gy * gw + gx + 1] * tx;
					float bottom = grid[(gy + 1) * gw + gx] * (1 - tx) + grid[(gy + 1) * gw + gx + 1] * tx;
					out[y * width + x] += top * (1 - ty) + bottom * ty;
				}
			}
		}
		return out;
	}

	/**
	 * A face-like blob: skin-toned ellipse with darker eyes and mouth, on its own
	 * texture.
	 */
	public static RgbImage donorPatch(int size, long seed) {
		RgbImage base = texturedScene(size, size, seed);
		int[] rgb = base.rgb().clone();
		Random random = new Random(seed ^ 0x5DEECE66DL);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double dx = (x - size / 2.0) / (size * 0.4);
				double dy = (y - size / 2.0) / (size * 0.48);
				if (dx * dx + dy * dy < 1) {
					int shade = (int) (random.nextGaussian() * 3);
					rgb[y * size + x] = (clamp(205 + shade) << 16) | (clamp(160 + shade) << 8) | clamp(135 + shade);
				}
			}
		}
		return new RgbImage(size, size, rgb);
	}

	/** Copies {@code patch} into a copy of {@code host} at (x, y). */
	public static RgbImage paste(RgbImage host, RgbImage patch, int x0, int y0) {
		int[] rgb = host.rgb().clone();
		for (int y = 0; y < patch.height(); y++) {
			for (int x = 0; x < patch.width(); x++) {
				int hx = x0 + x;
				int hy = y0 + y;
				if (hx >= 0 && hy >= 0 && hx < host.width() && hy < host.height()) {
					rgb[hy * host.width() + hx] = patch.rgbAt(x, y);
				}
			}
		}
		return new RgbImage(host.width(), host.height(), rgb);
	}

	/**
	 * Scales by {@code scale}, rotates by {@code degrees} (bilinear) and multiplies the
	 * colour channels, as an editor would when fitting a face onto another body.
	 */
	public static RgbImage transform(RgbImage src, double scale, double degrees, double redGain, double blueGain) {
		java.awt.image.BufferedImage in = vn.canhgiac.engine.image.ImageCodec.toBufferedImage(src);
		int w = (int) Math.round(src.width() * scale);
		int h = (int) Math.round(src.height() * scale);
		java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = out.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
				java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(java.awt.Color.GRAY);
		g.fillRect(0, 0, w, h);
		g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
		g.scale(scale, scale);
		g.drawImage(in, 0, 0, null);
		g.dispose();
		RgbImage rgb = vn.canhgiac.engine.image.ImageCodec.toRgb(out);
		int[] px = rgb.rgb();
		for (int i = 0; i < px.length; i++) {
			int r = clamp(((px[i] >> 16) & 0xff) * redGain);
			int b = clamp((px[i] & 0xff) * blueGain);
			px[i] = (r << 16) | (px[i] & 0x00ff00) | b;
		}
		return rgb;
	}

	/** Round trip through JPEG at the given quality. */
	public static RgbImage jpegRoundTrip(RgbImage image, int quality) {
		return vn.canhgiac.engine.image.ImageCodec
			.decode(vn.canhgiac.engine.image.ImageCodec.encodeJpeg(image, quality),
					vn.canhgiac.engine.image.DecodeLimits.DEFAULT)
			.image();
	}

	private static int clamp(double v) {
		return (int) Math.max(0, Math.min(255, Math.round(v)));
	}

}
