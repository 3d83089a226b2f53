package vn.canhgiac.app.checks.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.image.DecodeLimits;
import vn.canhgiac.engine.image.ImageCodec;

/**
 * Pictures for the browser: re-encoded as PNG (so no metadata of the original leaves the
 * server), at most 1024 px, and blurred unless the viewer chose to reveal them. The blur
 * is a downscale to a few dozen pixels and back, which leaves shapes but no face or body
 * detail.
 */
public final class ImagePreview {

	private static final int MAX_SIDE_PX = 1024;

	private static final int BLUR_SIDE_PX = 24;

	private ImagePreview() {
	}

	static byte[] render(byte[] original, boolean blurred) throws IOException {
		return render(original, blurred, java.util.List.of());
	}

	/**
	 * As {@link #render(byte[], boolean)}, with regions outlined (faces blue, findings
	 * red, match green).
	 */
	public static byte[] render(byte[] original, boolean blurred, java.util.List<CheckView.Box> boxes)
			throws IOException {
		BufferedImage image = decode(original);
		double scale = Math.min(1.0, (double) MAX_SIDE_PX / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage shown = resize(image, width, height);
		if (blurred) {
			double tiny = (double) BLUR_SIDE_PX / Math.max(width, height);
			BufferedImage small = resize(shown, Math.max(1, (int) (width * tiny)), Math.max(1, (int) (height * tiny)));
			shown = resize(small, width, height);
		}
		outline(shown, boxes, scale);
		return ImageCodec.encodePng(shown);
	}

	/**
	 * The engine's safe decoder (header checked before decoding, pixel floods and broken
	 * files refused), so the portal has no second, weaker image boundary.
	 */
	private static BufferedImage decode(byte[] bytes) throws IOException {
		try {
			return ImageCodec.toBufferedImage(ImageCodec.decode(bytes, DecodeLimits.DEFAULT).image());
		}
		catch (InputRejected ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static void outline(BufferedImage image, java.util.List<CheckView.Box> boxes, double scale) {
		Graphics2D g = image.createGraphics();
		try {
			g.setStroke(new java.awt.BasicStroke(3f));
			for (CheckView.Box box : boxes) {
				g.setColor(switch (box.kind()) {
					case "face" -> new java.awt.Color(11, 87, 208);
					case "match" -> new java.awt.Color(30, 140, 60);
					default -> new java.awt.Color(200, 30, 30);
				});
				g.drawRect((int) Math.round(box.x() * scale), (int) Math.round(box.y() * scale),
						(int) Math.round(box.width() * scale), (int) Math.round(box.height() * scale));
			}
		}
		finally {
			g.dispose();
		}
	}

	private static BufferedImage resize(BufferedImage source, int width, int height) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

}
