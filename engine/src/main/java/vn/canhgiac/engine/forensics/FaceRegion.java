package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.PixelRegion;

/**
 * A detected face and how its statistics compare with a ring around it.
 *
 * @param perceptualHash 64-bit DCT hash of the face crop, hex
 * @param singleCompressionInside mean double-JPEG map value (probability of "compressed
 * only once") inside the face; NaN without double-JPEG analysis
 * @param singleCompressionRing the same around the face
 * @param noiseRatio noise σ inside / σ around (1 = same)
 * @param fineDetailRatio finest-band / coarser-band ratio inside, divided by the same
 * around (below 1 = the face lost its finest detail, as when a small photo is enlarged)
 * @param edgeSharpnessLoss ln(ring / face) of the finest-to-coarser wavelet energy on the
 * most contrasted cells (0 = as sharp as around it; see {@link FaceSharpness})
 * @param flatDetailLoss the same on the flattest cells (skin against background: noise)
 */
public record FaceRegion(PixelRegion box, String perceptualHash, double singleCompressionInside,
		double singleCompressionRing, double noiseRatio, double fineDetailRatio, double edgeSharpnessLoss,
		double flatDetailLoss) {
}
