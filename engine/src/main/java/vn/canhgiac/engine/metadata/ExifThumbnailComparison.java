package vn.canhgiac.engine.metadata;

import java.util.List;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.RgbImage;

/**
 * Compares the EXIF thumbnail with the picture. Cameras write the thumbnail at capture;
 * most editors rewrite the picture but copy the EXIF block unchanged, so a thumbnail that
 * shows something else is strong evidence of later change (Kee and Farid, "Digital image
 * authentication from thumbnails", SPIE 2010, use the thumbnail's parameters; here we
 * compare content, which is what an investigator can see).
 */
final class ExifThumbnailComparison {

	private ExifThumbnailComparison() {
	}

	static @Nullable Double correlation(byte[] bytes, List<JpegAppSegments.Segment> segments, RgbImage image) {
		for (JpegAppSegments.Segment s : segments) {
			if (s.marker() != 0xE1 || !s.startsWith(bytes, "Exif")) {
				continue;
			}
			int start = JpegAppSegments.indexOf(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
					s.offset() + 6, s.offset() + s.length());
			if (start < 0) {
				return null;
			}
			try {
				java.awt.image.BufferedImage thumb = ImageIO
					.read(new java.io.ByteArrayInputStream(bytes, start, s.offset() + s.length() - start));
				if (thumb == null || thumb.getWidth() > 1024 || thumb.getHeight() > 1024 || thumb.getWidth() < 16
						|| thumb.getHeight() < 16) {
					return null;
				}
				return compare(ImageCodec.toRgb(thumb), image);
			}
			catch (Exception ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Pearson correlation of luma after trimming letterbox bars from the thumbnail and
	 * scaling the picture to the remaining area. Robust to tone changes by design; blind
	 * to changes smaller than a thumbnail pixel.
	 */
	static @Nullable Double compare(RgbImage thumb, RgbImage image) {
		float[] t = thumb.luma();
		int w = thumb.width();
		int h = thumb.height();
		int top = 0;
		while (top < h / 3 && rowDark(t, w, top)) {
			top++;
		}
		int bottom = h - 1;
		while (bottom > 2 * h / 3 && rowDark(t, w, bottom)) {
			bottom--;
		}
		int cw = w;
		int ch = bottom - top + 1;
		double thumbAspect = (double) cw / ch;
		double imageAspect = (double) image.width() / image.height();
		boolean rotated = Math.abs(thumbAspect - 1 / imageAspect) < Math.abs(thumbAspect - imageAspect);
		if (rotated || Math.abs(thumbAspect / imageAspect - 1) > 0.12) {
			return null;
		}
		float[] small = vn.canhgiac.engine.image.GrayImages
			.resize(vn.canhgiac.engine.image.GrayImages.luma(image), cw, ch)
			.values();
		double sa = 0;
		double sb = 0;
		double saa = 0;
		double sbb = 0;
		double sab = 0;
		int n = cw * ch;
		for (int y = 0; y < ch; y++) {
			for (int x = 0; x < cw; x++) {
				double a = t[(y + top) * w + x];
				double b = small[y * cw + x];
				sa += a;
				sb += b;
				saa += a * a;
				sbb += b * b;
				sab += a * b;
			}
		}
		double cov = sab / n - (sa / n) * (sb / n);
		double va = saa / n - (sa / n) * (sa / n);
		double vb = sbb / n - (sb / n) * (sb / n);
		if (va < 4 || vb < 4) {
			return null;
		}
		return cov / Math.sqrt(va * vb);
	}

	private static boolean rowDark(float[] t, int w, int y) {
		double sum = 0;
		for (int x = 0; x < w; x++) {
			sum += t[y * w + x];
		}
		return sum / w < 8;
	}

}
