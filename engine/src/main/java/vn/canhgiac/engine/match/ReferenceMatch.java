package vn.canhgiac.engine.match;

import vn.canhgiac.engine.image.PixelRegion;

/**
 * The best geometric match of a reference photo inside the analysed picture.
 *
 * @param referenceIndex 0-based position in the list of references given
 * @param inliers keypoint pairs consistent with one similarity transform
 * @param confidence 0..1, from the inlier count (chance matches rarely exceed 8)
 * @param scale size of the reference content in the picture relative to the reference
 * @param rotationDegrees rotation of the reference content in the picture
 */
public record ReferenceMatch(int referenceIndex, int inliers, PixelRegion regionInImage, PixelRegion regionInReference,
		double confidence, double scale, double rotationDegrees) {
}
