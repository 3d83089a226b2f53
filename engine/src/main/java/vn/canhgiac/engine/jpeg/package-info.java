/**
 * JPEG structure: segments, quantisation tables, quality estimate, DCT coefficients,
 * double compression.
 */
@NullMarked
package vn.canhgiac.engine.jpeg;

import org.jspecify.annotations.NullMarked;
