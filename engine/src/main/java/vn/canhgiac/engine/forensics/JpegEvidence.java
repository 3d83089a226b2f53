package vn.canhgiac.engine.forensics;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.image.ImageFormat;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.jpeg.DoubleCompressionEvidence;
import vn.canhgiac.engine.jpeg.JpegFormatException;
import vn.canhgiac.engine.jpeg.JpegInfo;
import vn.canhgiac.engine.jpeg.JpegStructure;

/**
 * What the JPEG structure says: tables and quality, double compression from the DCT
 * coefficients, and the largest region compressed only once. Empty for other formats.
 */
record JpegEvidence(@Nullable JpegInfo info, @Nullable DoubleCompressionEvidence doubleJpeg,
		SuspiciousRegions.@Nullable Component singleRegion) {

	static final JpegEvidence NONE = new JpegEvidence(null, null, null);

	static JpegEvidence of(byte[] bytes, ImageFormat format, RgbImage image) {
		if (format != ImageFormat.JPEG) {
			return NONE;
		}
		JpegInfo info = JpegStructure.read(bytes).orElse(null);
		DoubleCompressionEvidence doubleJpeg = null;
		try {
			doubleJpeg = JpegStructure.doubleCompression(JpegStructure.decodeCoefficients(bytes));
		}
		catch (JpegFormatException ex) {
			// Progressive or unusual coding: re-derive the coefficients from the decoded
			// luma on the same 8×8 grid; with steps ≥ 2 rounding recovers them almost
			// exactly.
			if (info != null && !info.tables().isEmpty()) {
				doubleJpeg = JpegStructure.doubleCompression(JpegStructure.coefficientsFromPixels(image.luma(),
						image.width(), image.height(), info.tables().get(0)));
			}
		}
		return new JpegEvidence(info, doubleJpeg,
				(doubleJpeg == null) ? null : SuspiciousRegions.largest(doubleJpeg.blockMap(), 0.85f, 8));
	}

}
