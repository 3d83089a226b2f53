/**
 * Safe decoding with limits and the raster types; the only ImageIO/AWT boundary of the
 * engine.
 */
@NullMarked
package vn.canhgiac.engine.image;

import org.jspecify.annotations.NullMarked;
