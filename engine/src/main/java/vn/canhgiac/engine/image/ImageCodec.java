package vn.canhgiac.engine.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import vn.canhgiac.engine.InputRejected;

/**
 * The engine's only door to ImageIO and AWT: safe decoding with limits, JPEG/PNG encoding
 * and heat-map rendering. Decoding reads the header first and refuses pixel floods before
 * any pixel memory is allocated; anything a decoder throws — including
 * {@link StackOverflowError} and {@link OutOfMemoryError} provoked by crafted files — is
 * turned into {@link InputRejected} here, so nothing else in the engine has to care.
 */
public final class ImageCodec {

	static {
		ImageIO.setUseCache(false);
	}

	private ImageCodec() {
	}

	public static DecodedImage decode(byte[] bytes, DecodeLimits limits) {
		if (bytes.length > limits.maxBytes()) {
			throw new InputRejected("too_large", "Tệp quá lớn (tối đa " + limits.maxBytes() / (1024 * 1024) + " MB).",
					"The file is too large (at most " + limits.maxBytes() / (1024 * 1024) + " MB).");
		}
		ImageFormat format = FormatSniffer.sniff(bytes);
		Completeness.requireComplete(bytes, format);
		try {
			return new DecodedImage(format, readFirstImage(bytes, limits));
		}
		catch (InputRejected ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw malformed();
		}
		catch (StackOverflowError | OutOfMemoryError ex) {
			throw malformed();
		}
	}

	/** Header-only check, used to refuse a flood before reading the rest of the file. */
	public static void checkDimensions(long width, long height, DecodeLimits limits) {
		PixelFloodGuard.check(width, height, limits);
	}

	private static RgbImage readFirstImage(byte[] bytes, DecodeLimits limits) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw malformed();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				PixelFloodGuard.check(reader, limits);
				ImageReadParam param = reader.getDefaultReadParam();
				BufferedImage image = reader.read(0, param);
				return toRgb(image);
			}
			finally {
				reader.dispose();
			}
		}
	}

	static InputRejected malformed() {
		return new InputRejected("malformed",
				"Không đọc được ảnh: tệp bị hỏng hoặc có cấu trúc không hợp lệ. Hãy gửi lại ảnh gốc (JPEG, PNG, WebP, TIFF, BMP, GIF).",
				"The picture cannot be read: the file is damaged or malformed. Send the original picture (JPEG, PNG, WebP, TIFF, BMP, GIF).");
	}

	public static RgbImage toRgb(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
		for (int i = 0; i < rgb.length; i++) {
			rgb[i] &= 0xFFFFFF;
		}
		return new RgbImage(w, h, rgb);
	}

	public static BufferedImage toBufferedImage(RgbImage image) {
		BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
		out.setRGB(0, 0, image.width(), image.height(), image.rgb(), 0, image.width());
		return out;
	}

	/** Baseline JPEG with IJG-scaled standard tables at the given quality, 4:2:0. */
	public static byte[] encodeJpeg(RgbImage image, int qualityPercent) {
		if (qualityPercent < 1 || qualityPercent > 100) {
			throw new IllegalArgumentException("quality must be 1..100");
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(qualityPercent / 100f);
			writer.write(null, new IIOImage(toBufferedImage(image), null, null), param);
			out.flush();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
	}

	public static byte[] encodePng(BufferedImage image) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] encodePng(RgbImage image) {
		return encodePng(toBufferedImage(image));
	}

	/** The map alone, coloured black → red → yellow → white for 0 → 1. */
	public static byte[] heatMapPng(FloatRaster map) {
		return encodePng(HeatMapRenderer.heatMap(map));
	}

	/**
	 * The picture in grey with the map laid over it in colour where it is high, at the
	 * picture's size; this is what a police officer looks at.
	 */
	public static byte[] overlayPng(RgbImage image, FloatRaster map) {
		return encodePng(HeatMapRenderer.overlay(image, map));
	}

	/**
	 * Resize for working copies and overlays: repeated halving then one bilinear step,
	 * which approximates area averaging at a fraction of AWT's SCALE_AREA_AVERAGING cost.
	 */
	public static RgbImage resize(RgbImage image, int width, int height) {
		BufferedImage current = toBufferedImage(image);
		while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
			current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
		}
		return toRgb(draw(current, width, height));
	}

	private static BufferedImage draw(BufferedImage src, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
					java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(src, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

}
