package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.DecodeLimits;

/**
 * Parameters of one analysis; part of the record kept with a report so that a finding can
 * be re-derived.
 *
 * @param id caller's identifier, echoed in the report
 * @param limits decoding limits (pixel flood, file size)
 * @param maxReferences references beyond this are refused (each costs up to ~300 ms)
 */
public record ImageAnalysisOptions(String id, DecodeLimits limits, int maxReferences) {

	public ImageAnalysisOptions {
		if (id.isBlank()) {
			throw new IllegalArgumentException("id must not be blank");
		}
		if (maxReferences < 0 || maxReferences > 50) {
			throw new IllegalArgumentException("maxReferences must be 0..50");
		}
	}

	public static ImageAnalysisOptions defaults(String id) {
		return new ImageAnalysisOptions(id, DecodeLimits.DEFAULT, 10);
	}

}
