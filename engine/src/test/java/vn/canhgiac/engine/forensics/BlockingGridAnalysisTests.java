package vn.canhgiac.engine.forensics;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.image.DecodeLimits;
import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.testing.SyntheticImages;

import static org.assertj.core.api.Assertions.assertThat;

class BlockingGridAnalysisTests {

	private static final ImageForensics FORENSICS = new ImageForensics(Path.of("/nonexistent/cascade.xml"));

	private static final String MISALIGNED = "grid_misaligned";

	@Test
	void smoothGradientSavedOnceIsNotCalledCropped() throws IOException {
		assertNotCalledCropped("gradient", imageIoJpeg(gradient(320, 240, Color.BLUE, Color.ORANGE, 320, 0)));
		assertNotCalledCropped("diagonal", imageIoJpeg(gradient(320, 240, Color.BLUE, Color.ORANGE, 320, 240)));
		assertNotCalledCropped("grey", imageIoJpeg(gradient(320, 240, Color.DARK_GRAY, Color.LIGHT_GRAY, 320, 240)));
	}

	@Test
	void texturedPicturesSavedOnceAreNotCalledCropped() throws IOException {
		for (long seed = 1; seed <= 3; seed++) {
			assertNotCalledCropped("blocks" + seed, imageIoJpeg(noiseBlocks(320, 240, 5, seed)));
		}
		assertNotCalledCropped("noise", imageIoJpeg(noiseBlocks(320, 240, 1, 9)));
		for (long seed = 31; seed <= 33; seed++) {
			assertNotCalledCropped("camera" + seed,
					ImageCodec.encodeJpeg(SyntheticImages.texturedScene(640, 480, seed), 85));
		}
	}

	@Test
	void texturedPictureCroppedByThreePixelsAndResavedIsReported() {
		RgbImage first = SyntheticImages.jpegRoundTrip(SyntheticImages.texturedScene(640, 480, 31), 50);
		ImageReport both = FORENSICS.analyze(ImageCodec.encodeJpeg(crop(first, 3, 3), 95),
				ImageAnalysisOptions.defaults("crop33"));
		assertThat(both.findings()).anySatisfy((f) -> {
			assertThat(f.kind()).isEqualTo(MISALIGNED);
			assertThat(f.messageVi()).startsWith("Lưới nén JPEG bị lệch (5, 5)");
		});
		ImageReport rows = FORENSICS.analyze(ImageCodec.encodeJpeg(crop(first, 0, 3), 95),
				ImageAnalysisOptions.defaults("crop03"));
		assertThat(rows.findings()).anySatisfy((f) -> {
			assertThat(f.kind()).isEqualTo(MISALIGNED);
			assertThat(f.messageVi()).startsWith("Lưới nén JPEG bị lệch (0, 5)");
		});
	}

	@Test
	void croppedWithoutResavingKeepsTheOldGridDominant() {
		RgbImage first = SyntheticImages.jpegRoundTrip(SyntheticImages.texturedScene(640, 480, 32), 75);
		RgbImage cropped = crop(first, 3, 0);
		BlockingGridAnalysis.Result result = BlockingGridAnalysis.analyse(cropped.luma(), cropped.width(),
				cropped.height());
		assertThat(result.misaligned()).isTrue();
		assertThat(result.shiftX()).isEqualTo(5);
		assertThat(result.shiftY()).isZero();
	}

	private static void assertNotCalledCropped(String name, byte[] jpeg) {
		RgbImage image = ImageCodec.decode(jpeg, DecodeLimits.DEFAULT).image();
		BlockingGridAnalysis.Result result = BlockingGridAnalysis.analyse(image.luma(), image.width(), image.height());
		assertThat(result.misaligned()).as(name).isFalse();
		ImageReport report = FORENSICS.analyze(jpeg, ImageAnalysisOptions.defaults(name));
		assertThat(report.findings()).as(name).noneMatch((f) -> f.kind().equals(MISALIGNED));
	}

	private static byte[] imageIoJpeg(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, "jpg", out)).isTrue();
		return out.toByteArray();
	}

	private static BufferedImage gradient(int width, int height, Color from, Color to, int x2, int y2) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, from, x2, y2, to));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	private static BufferedImage noiseBlocks(int width, int height, int cell, long seed) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y += cell) {
			for (int x = 0; x < width; x += cell) {
				int colour = random.nextInt(0x1000000);
				for (int yy = y; yy < Math.min(height, y + cell); yy++) {
					for (int xx = x; xx < Math.min(width, x + cell); xx++) {
						image.setRGB(xx, yy, colour);
					}
				}
			}
		}
		return image;
	}

	private static RgbImage crop(RgbImage image, int left, int top) {
		int width = image.width() - left;
		int height = image.height() - top;
		int[] rgb = new int[width * height];
		for (int y = 0; y < height; y++) {
			System.arraycopy(image.rgb(), (y + top) * image.width() + left, rgb, y * width, width);
		}
		return new RgbImage(width, height, rgb);
	}

}
