package vn.canhgiac.engine.match;

import vn.canhgiac.engine.image.PixelRegion;

/**
 * A region of a picture that reappears elsewhere in the same picture (copy-move).
 *
 * @param inliers keypoint pairs consistent with one transform between the two regions
 * @param offsetPx distance between the source and the copy
 */
public record CloneEvidence(int inliers, PixelRegion source, PixelRegion copy, double offsetPx, float[] sourceX,
		float[] sourceY, float[] copyX, float[] copyY) {
}
