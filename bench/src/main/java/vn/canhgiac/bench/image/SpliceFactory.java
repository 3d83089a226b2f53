package vn.canhgiac.bench.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Builds face splices the way an extortionist does: a face cut from a donor photo with a
 * feathered elliptical mask, scaled, colour-matched to the skin it covers, pasted on a
 * host photo; then the picture goes through a save chain. The authentic twin goes through
 * the same chain without the paste.
 */
final class SpliceFactory {

	enum Chain {

		SINGLE_JPEG, MESSENGER, MISALIGNED_DOUBLE

	}

	record Splice(BufferedImage picture, int x, int y, int width, int height) {
	}

	private SpliceFactory() {
	}

	/** Donor is a 224×224 aligned face crop; the face occupies the central ellipse. */
	static Splice paste(BufferedImage host, BufferedImage donor, Random random) {
		int w = host.getWidth();
		int h = host.getHeight();
		double faceFraction = 0.12 + random.nextDouble() * 0.13;
		double scale = faceFraction * Math.min(w, h) / (donor.getWidth() * 0.7);
		int dw = Math.max(8, (int) Math.round(donor.getWidth() * scale));
		int dh = Math.max(8, (int) Math.round(donor.getHeight() * scale));
		BufferedImage scaled = resize(donor, dw, dh);
		int x0 = (int) ((w - dw) * (0.15 + 0.7 * random.nextDouble()));
		int y0 = (int) ((h - dh) * (0.1 + 0.6 * random.nextDouble()));
		double[] donorMean = new double[3];
		double[] hostMean = new double[3];
		double weight = 0;
		for (int y = 0; y < dh; y++) {
			for (int x = 0; x < dw; x++) {
				double a = alpha(x, y, dw, dh);
				if (a <= 0) {
					continue;
				}
				int d = scaled.getRGB(x, y);
				int hp = host.getRGB(x0 + x, y0 + y);
				for (int c = 0; c < 3; c++) {
					donorMean[c] += a * ((d >> (16 - 8 * c)) & 0xff);
					hostMean[c] += a * ((hp >> (16 - 8 * c)) & 0xff);
				}
				weight += a;
			}
		}
		BufferedImage out = copy(host);
		for (int y = 0; y < dh; y++) {
			for (int x = 0; x < dw; x++) {
				double a = alpha(x, y, dw, dh);
				if (a <= 0) {
					continue;
				}
				int d = scaled.getRGB(x, y);
				int hp = host.getRGB(x0 + x, y0 + y);
				int rgb = 0;
				for (int c = 0; c < 3; c++) {
					// Partial colour match: shift the face's mean halfway to the host's.
					double shift = 0.5 * (hostMean[c] - donorMean[c]) / weight;
					double dv = ((d >> (16 - 8 * c)) & 0xff) + shift;
					double hv = (hp >> (16 - 8 * c)) & 0xff;
					int v = (int) Math.max(0, Math.min(255, Math.round(a * dv + (1 - a) * hv)));
					rgb |= v << (16 - 8 * c);
				}
				out.setRGB(x0 + x, y0 + y, rgb);
			}
		}
		return new Splice(out, x0, y0, dw, dh);
	}

	/**
	 * Elliptical mask over the central face with a feathered edge (12 % of the radius).
	 */
	private static double alpha(int x, int y, int w, int h) {
		double dx = (x - w * 0.5) / (w * 0.36);
		double dy = (y - h * 0.53) / (h * 0.44);
		double r = Math.sqrt(dx * dx + dy * dy);
		if (r >= 1) {
			return 0;
		}
		return Math.min(1, (1 - r) / 0.12);
	}

	static byte[] applyChain(BufferedImage picture, Chain chain, Random random) throws IOException {
		return switch (chain) {
			case SINGLE_JPEG -> jpeg(picture, 75 + random.nextInt(21));
			case MESSENGER -> {
				int side = Math.max(picture.getWidth(), picture.getHeight());
				BufferedImage p = picture;
				if (side > 1280) {
					double f = 1280.0 / side;
					p = resize(picture, (int) Math.round(picture.getWidth() * f),
							(int) Math.round(picture.getHeight() * f));
				}
				yield jpeg(p, 80);
			}
			case MISALIGNED_DOUBLE -> {
				BufferedImage first = ImageIO.read(new ByteArrayInputStream(jpeg(picture, 85 + random.nextInt(11))));
				int dx = 1 + random.nextInt(7);
				int dy = 1 + random.nextInt(7);
				BufferedImage cropped = copy(
						first.getSubimage(dx, dy, first.getWidth() - dx - 8, first.getHeight() - dy - 8));
				yield jpeg(cropped, 75 + random.nextInt(16));
			}
		};
	}

	static byte[] jpeg(BufferedImage image, int quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality / 100f);
			writer.write(null, new IIOImage(rgb(image), null, null), param);
			out.flush();
			return bytes.toByteArray();
		}
		finally {
			writer.dispose();
		}
	}

	static BufferedImage resize(BufferedImage src, int w, int h) {
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(src, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	static BufferedImage copy(BufferedImage src) {
		return rgb(src, true);
	}

	private static BufferedImage rgb(BufferedImage src) {
		return rgb(src, false);
	}

	private static BufferedImage rgb(BufferedImage src, boolean always) {
		if (!always && src.getType() == BufferedImage.TYPE_INT_RGB) {
			return src;
		}
		BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(src, 0, 0, null);
		g.dispose();
		return out;
	}

}
