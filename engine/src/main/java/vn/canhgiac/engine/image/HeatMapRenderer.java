package vn.canhgiac.engine.image;

import java.awt.image.BufferedImage;

/**
 * Colours a 0..1 map. The ramp black → red → yellow → white is monotonic in brightness,
 * so it stays readable when printed in grey for a case file.
 */
final class HeatMapRenderer {

	private HeatMapRenderer() {
	}

	static BufferedImage heatMap(FloatRaster map) {
		BufferedImage out = new BufferedImage(map.width(), map.height(), BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < map.height(); y++) {
			for (int x = 0; x < map.width(); x++) {
				out.setRGB(x, y, colour(map.at(x, y)));
			}
		}
		return out;
	}

	static BufferedImage overlay(RgbImage image, FloatRaster map) {
		BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.height(); y++) {
			int my = Math.min(map.height() - 1, (int) ((long) y * map.height() / image.height()));
			for (int x = 0; x < image.width(); x++) {
				int mx = Math.min(map.width() - 1, (int) ((long) x * map.width() / image.width()));
				float v = clamp(map.at(mx, my));
				int p = image.rgbAt(x, y);
				int grey = (int) (0.6f
						* (0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff)));
				int c = colour(v);
				float a = Math.min(1f, v * 1.4f);
				int r = (int) (grey * (1 - a) + ((c >> 16) & 0xff) * a);
				int g = (int) (grey * (1 - a) + ((c >> 8) & 0xff) * a);
				int b = (int) (grey * (1 - a) + (c & 0xff) * a);
				out.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		return out;
	}

	static int colour(float value) {
		float v = clamp(value);
		int r = (int) (255 * Math.min(1f, v * 3f));
		int g = (int) (255 * Math.min(1f, Math.max(0f, v * 3f - 1f)));
		int b = (int) (255 * Math.max(0f, v * 3f - 2f));
		return (r << 16) | (g << 8) | b;
	}

	private static float clamp(float v) {
		return Float.isNaN(v) ? 0f : Math.max(0f, Math.min(1f, v));
	}

}
