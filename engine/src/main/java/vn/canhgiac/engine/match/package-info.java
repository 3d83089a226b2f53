/**
 * Keypoints, reference-photo attribution and perceptual hashes.
 */
@NullMarked
package vn.canhgiac.engine.match;

import org.jspecify.annotations.NullMarked;
