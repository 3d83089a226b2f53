package vn.canhgiac.engine.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * 8-bit grey copies for Tesseract, resized with bicubic interpolation.
 */
final class Grayscale {

	private Grayscale() {
	}

	static BufferedImage of(BufferedImage image, double factor) {
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = gray.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return gray;
	}

	static byte[] bytes(BufferedImage gray) {
		return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
	}

}
