/**
 * Accuracy and speed benchmark of the image forensics over ../shared/data/forensics.
 */
@NullMarked
package vn.canhgiac.bench.image;

import org.jspecify.annotations.NullMarked;
