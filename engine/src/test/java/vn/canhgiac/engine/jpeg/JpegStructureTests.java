package vn.canhgiac.engine.jpeg;

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.testing.SyntheticImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class JpegStructureTests {

	private static final RgbImage SCENE = SyntheticImages.texturedScene(256, 192, 7);

	@ParameterizedTest
	@ValueSource(ints = { 30, 55, 70, 75, 85, 92, 97 })
	void estimatesTheQualityTheFileWasSavedAt(int quality) {
		JpegInfo info = JpegStructure.read(ImageCodec.encodeJpeg(SCENE, quality)).orElseThrow();
		assertThat(info.lumaQualityPercent()).isCloseTo(quality, within(2));
		assertThat(info.quality().get(0).standard()).isTrue();
		assertThat(info.progressive()).isFalse();
		assertThat(info.width()).isEqualTo(256);
	}

	@Test
	void recognisesCustomTablesAsNotStandard() {
		int[] steps = new int[64];
		for (int i = 0; i < 64; i++) {
			steps[i] = 3 + (i % 7);
		}
		QualityEstimate estimate = JpegQualityEstimator.estimate(new QuantizationTable(0, steps));
		assertThat(estimate.standard()).isFalse();
	}

	@Test
	void coefficientDecoderReproducesImageIoPixels() throws Exception {
		byte[] jpeg = ImageCodec.encodeJpeg(SCENE, 85);
		DctCoefficients dct = JpegStructure.decodeCoefficients(jpeg);
		assertThat(dct.blocksWide()).isEqualTo(32);
		assertThat(dct.blocksHigh()).isEqualTo(24);
		FloatRaster ours = JpegStructure.lumaFromCoefficients(dct);
		float[] reference = imageIoLuma(jpeg);
		double meanError = 0;
		for (int y = 0; y < 192; y++) {
			for (int x = 0; x < 256; x++) {
				meanError += Math.abs(ours.at(x, y) - reference[y * 256 + x]);
			}
		}
		meanError /= 256 * 192;
		// ImageIO upsamples chroma and converts back to RGB; recomputed luma differs by
		// rounding only, while a decoding error would shift whole blocks by tens of
		// levels.
		assertThat(meanError).isLessThan(1.5);
	}

	@Test
	void decodesRestartIntervalsAndOddSizes() throws Exception {
		RgbImage odd = SyntheticImages.texturedScene(101, 67, 3);
		byte[] jpeg = ImageCodec.encodeJpeg(odd, 90);
		DctCoefficients dct = JpegStructure.decodeCoefficients(jpeg);
		assertThat(dct.blocksWide()).isEqualTo(13);
		assertThat(dct.blocksHigh()).isEqualTo(9);
		FloatRaster ours = JpegStructure.lumaFromCoefficients(dct);
		float[] reference = imageIoLuma(jpeg);
		assertThat(Math.abs(ours.at(50, 33) - reference[33 * 101 + 50])).isLessThan(6f);
	}

	@Test
	void findsDoubleCompressionAndTheBlocksPastedAfterTheFirstSave() throws Exception {
		RgbImage host = ImageCodec
			.decode(ImageCodec.encodeJpeg(SyntheticImages.texturedScene(512, 384, 11), 72),
					vn.canhgiac.engine.image.DecodeLimits.DEFAULT)
			.image();
		RgbImage patch = SyntheticImages.texturedScene(120, 120, 99);
		RgbImage forged = SyntheticImages.paste(host, patch, 203, 131);
		DctCoefficients dct = JpegStructure.decodeCoefficients(ImageCodec.encodeJpeg(forged, 90));
		DoubleCompressionEvidence evidence = JpegStructure.doubleCompression(dct);
		assertThat(evidence.detected()).isTrue();
		double inside = meanOver(evidence.blockMap(), 27, 18, 39, 30);
		double outside = meanOver(evidence.blockMap(), 0, 0, 20, 12);
		assertThat(inside).isGreaterThan(0.7);
		assertThat(outside).isLessThan(0.4);
	}

	@Test
	void singleCompressionShowsNoPeriodicity() throws Exception {
		DctCoefficients dct = JpegStructure.decodeCoefficients(ImageCodec.encodeJpeg(SCENE, 80));
		assertThat(JpegStructure.doubleCompression(dct).detected()).isFalse();
	}

	@Test
	void recoversCoefficientsFromDecodedPixelsForProgressiveFiles() throws Exception {
		byte[] baseline = ImageCodec.encodeJpeg(SCENE, 80);
		DctCoefficients truth = JpegStructure.decodeCoefficients(baseline);
		float[] luma = imageIoLuma(baseline);
		DctCoefficients recovered = JpegStructure.coefficientsFromPixels(luma, 256, 192, truth.quantization());
		int same = 0;
		for (int i = 0; i < truth.coefficients().length; i++) {
			same += (truth.coefficients()[i] == recovered.coefficients()[i]) ? 1 : 0;
		}
		assertThat((double) same / truth.coefficients().length).isGreaterThan(0.97);
		byte[] progressive = progressiveJpeg(SCENE, 80);
		assertThat(JpegStructure.read(progressive).orElseThrow().progressive()).isTrue();
		assertThatThrownBy(() -> JpegStructure.decodeCoefficients(progressive)).isInstanceOf(JpegFormatException.class);
	}

	static byte[] progressiveJpeg(RgbImage image, int quality) throws IOException {
		javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality / 100f);
			param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new javax.imageio.IIOImage(ImageCodec.toBufferedImage(image), null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static double meanOver(FloatRaster map, int x0, int y0, int x1, int y1) {
		double sum = 0;
		int n = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				sum += map.at(x, y);
				n++;
			}
		}
		return sum / n;
	}

	static float[] imageIoLuma(byte[] jpeg) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
		return ImageCodec.toRgb(image).luma();
	}

}
