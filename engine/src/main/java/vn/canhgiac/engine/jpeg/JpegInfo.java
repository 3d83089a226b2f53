package vn.canhgiac.engine.jpeg;

import java.util.List;

/**
 * What the segment structure of a JPEG says, read without decoding pixels.
 *
 * @param progressive SOF2 (progressive) rather than baseline/extended sequential
 * @param componentCount 1 for greyscale, 3 for YCbCr
 * @param lumaSampling horizontal × vertical sampling factor of the first component, e.g.
 * "2x2" for 4:2:0
 * @param scanCount number of SOS segments
 */
public record JpegInfo(int width, int height, boolean progressive, int componentCount, String lumaSampling,
		List<QuantizationTable> tables, List<QualityEstimate> quality, int scanCount) {

	/** The quality of the luminance table, the one that matters for forensics. */
	public int lumaQualityPercent() {
		return this.quality.isEmpty() ? 0 : this.quality.get(0).qualityPercent();
	}

}
