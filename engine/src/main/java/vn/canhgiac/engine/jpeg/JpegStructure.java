package vn.canhgiac.engine.jpeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.canhgiac.engine.image.FloatRaster;

/**
 * Entry point of the JPEG package: segment structure and quality, the luminance DCT
 * coefficients from our own entropy decoder, aligned double-compression evidence, and
 * block requantisation error (the core of error level analysis).
 */
public final class JpegStructure {

	private JpegStructure() {
	}

	/** Reads the segments; empty when the bytes are not a parseable JPEG. */
	public static Optional<JpegInfo> read(byte[] bytes) {
		try {
			JpegSegments s = JpegSegments.parse(bytes);
			if (s.sofMarker < 0) {
				return Optional.empty();
			}
			List<QuantizationTable> tables = new ArrayList<>();
			List<QualityEstimate> quality = new ArrayList<>();
			for (QuantizationTable table : s.quant) {
				if (table != null) {
					tables.add(table);
					quality.add(JpegQualityEstimator.estimate(table));
				}
			}
			JpegSegments.Component first = s.components.get(0);
			return Optional.of(new JpegInfo(s.width, s.height, s.progressive(), s.components.size(),
					first.h() + "x" + first.v(), List.copyOf(tables), List.copyOf(quality), s.scanCount));
		}
		catch (JpegFormatException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Luminance coefficients of a baseline/extended Huffman JPEG.
	 * @throws JpegFormatException for progressive, arithmetic, lossless or broken files
	 */
	public static DctCoefficients decodeCoefficients(byte[] bytes) throws JpegFormatException {
		try {
			return BaselineHuffmanDecoder.decode(bytes, JpegSegments.parse(bytes));
		}
		catch (RuntimeException ex) {
			throw new JpegFormatException("broken entropy data");
		}
	}

	/**
	 * Quantised coefficients recomputed from decoded luma: forward DCT of each aligned
	 * 8×8 block divided by the table. Used for progressive files, which our entropy
	 * decoder does not read; decoder rounding moves a coefficient by well under half a
	 * step when the step is 2 or more.
	 */
	public static DctCoefficients coefficientsFromPixels(float[] luma, int width, int height, QuantizationTable table) {
		int bw = width / 8;
		int bh = height / 8;
		short[] out = new short[Math.max(1, bw) * Math.max(1, bh) * 64];
		if (bw == 0 || bh == 0) {
			return new DctCoefficients(1, 1, out, table);
		}
		int[] steps = table.stepsNatural();
		java.util.stream.IntStream.range(0, bh).parallel().forEach((by) -> {
			float[] block = new float[64];
			float[] coef = new float[64];
			float[] tmp = new float[64];
			for (int bx = 0; bx < bw; bx++) {
				for (int i = 0; i < 64; i++) {
					block[i] = luma[(by * 8 + i / 8) * width + bx * 8 + i % 8] - 128;
				}
				Dct8x8.forward(block, coef, tmp);
				int base = (by * bw + bx) * 64;
				for (int i = 0; i < 64; i++) {
					out[base + i] = (short) Math.round(coef[i] / steps[i]);
				}
			}
		});
		return new DctCoefficients(bw, bh, out, table);
	}

	public static DoubleCompressionEvidence doubleCompression(DctCoefficients coefficients) {
		return DoubleQuantizationDetector.analyse(coefficients);
	}

	/**
	 * Dequantises and inverse-transforms the coefficients back to luminance samples
	 * (0..255, block-padded size), as any decoder would before colour conversion.
	 */
	public static FloatRaster lumaFromCoefficients(DctCoefficients dct) {
		int w = dct.blocksWide() * 8;
		FloatRaster out = FloatRaster.zeros(w, dct.blocksHigh() * 8);
		float[] in = new float[64];
		float[] px = new float[64];
		float[] tmp = new float[64];
		int[] steps = dct.quantization().stepsNatural();
		for (int by = 0; by < dct.blocksHigh(); by++) {
			for (int bx = 0; bx < dct.blocksWide(); bx++) {
				int base = (by * dct.blocksWide() + bx) * 64;
				for (int i = 0; i < 64; i++) {
					in[i] = dct.coefficients()[base + i] * steps[i];
				}
				Dct8x8.inverse(in, px, tmp);
				for (int i = 0; i < 64; i++) {
					out.values()[(by * 8 + i / 8) * w + bx * 8 + i % 8] = Math.max(0, Math.min(255, px[i] + 128));
				}
			}
		}
		return out;
	}

	/**
	 * Root-mean-square change per pixel when each aligned 8×8 block of {@code luma} is
	 * quantised with the IJG table of {@code qualityPercent}: JPEG re-saving without the
	 * entropy coder. The orthonormal DCT preserves energy (Parseval), so the error is
	 * measured on the coefficients and no inverse transform is needed; pixel rounding and
	 * clipping are ignored. One value per block.
	 */
	public static FloatRaster requantizationError(float[] luma, int width, int height, int qualityPercent) {
		int[] steps = JpegQualityEstimator.ijgTable(JpegQualityEstimator.LUMA, qualityPercent);
		float[] inverse = new float[64];
		for (int i = 0; i < 64; i++) {
			inverse[i] = 1f / steps[i];
		}
		int bw = width / 8;
		int bh = height / 8;
		FloatRaster out = FloatRaster.zeros(Math.max(1, bw), Math.max(1, bh));
		java.util.stream.IntStream.range(0, bh).parallel().forEach((by) -> {
			float[] block = new float[64];
			float[] coef = new float[64];
			float[] tmp = new float[64];
			for (int bx = 0; bx < bw; bx++) {
				for (int row = 0; row < 8; row++) {
					int at = (by * 8 + row) * width + bx * 8;
					for (int col = 0; col < 8; col++) {
						block[row * 8 + col] = luma[at + col] - 128;
					}
				}
				Dct8x8.forward(block, coef, tmp);
				float sum = 0;
				for (int i = 0; i < 64; i++) {
					float error = coef[i] - Math.round(coef[i] * inverse[i]) * steps[i];
					sum += error * error;
				}
				out.set(bx, by, (float) Math.sqrt(sum / 64));
			}
		});
		return out;
	}

}
