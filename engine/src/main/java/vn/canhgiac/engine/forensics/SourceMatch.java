package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.PixelRegion;

/**
 * Which reference photo the picture's content (usually the face) was copied from.
 *
 * @param reference the reference's name as given (file name or label)
 * @param confidence 0..1
 */
public record SourceMatch(String reference, int inliers, PixelRegion regionInImage, PixelRegion regionInReference,
		double confidence) {
}
