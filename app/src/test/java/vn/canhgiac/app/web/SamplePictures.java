package vn.canhgiac.app.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Synthetic pictures for page tests: never real people's photos.
 */
final class SamplePictures {

	private SamplePictures() {
	}

	/**
	 * A 640×480 drawn "portrait" with texture, so the forensic maps have something to
	 * measure.
	 */
	static BufferedImage portrait() {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(90, 120, 160), 640, 480, new Color(200, 180, 150)));
		g.fillRect(0, 0, 640, 480);
		Random random = new Random(7);
		for (int i = 0; i < 4000; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 40));
			g.fillRect(random.nextInt(640), random.nextInt(480), 3, 3);
		}
		g.setColor(new Color(230, 190, 160));
		g.fillOval(250, 120, 140, 180);
		g.setColor(Color.DARK_GRAY);
		g.setStroke(new BasicStroke(4));
		g.fillOval(285, 180, 18, 12);
		g.fillOval(337, 180, 18, 12);
		g.drawArc(290, 230, 60, 30, 200, 140);
		g.dispose();
		return image;
	}

}
