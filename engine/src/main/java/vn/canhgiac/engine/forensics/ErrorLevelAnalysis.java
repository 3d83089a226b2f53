package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.jpeg.JpegStructure;

/**
 * Error level analysis after N. Krawetz, "A picture's worth… Digital image analysis and
 * forensics", Black Hat 2007: re-save at a fixed quality and look at how much each area
 * changes. Areas already saved at that quality barely change; areas with a different
 * compression history (a pasted face) change more or less than their surroundings.
 *
 * <p>
 * The re-save is done in the DCT domain on aligned 8×8 luma blocks (quantise and
 * reconstruct with the IJG table), which is what a JPEG encoder does before entropy
 * coding — same map, no encoder round trip. Map value: mean absolute change per block,
 * divided by the 99th percentile of the picture and clipped to 0..1. ELA is a map for a
 * human reader; on its own it is weak evidence (edges and texture light up too).
 */
final class ErrorLevelAnalysis {

	static final int RESAVE_QUALITY = 90;

	private ErrorLevelAnalysis() {
	}

	static FloatRaster map(float[] luma, int width, int height) {
		FloatRaster raw = JpegStructure.requantizationError(luma, width, height, RESAVE_QUALITY);
		return MapStatistics.normaliseByPercentile(raw, 0.99);
	}

}
