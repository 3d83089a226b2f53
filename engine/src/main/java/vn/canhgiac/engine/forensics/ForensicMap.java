package vn.canhgiac.engine.forensics;

import vn.canhgiac.engine.image.FloatRaster;

/**
 * A float raster over the picture (coarser than the picture: one cell per block or
 * window) with values 0..1, 1 = most suspicious.
 *
 * @param kind {@code ela | noise | double_jpeg | blocking_grid | copy_move}
 * @param cellPx picture pixels per map cell along each axis
 * @param meaning what a high value means, in English, for the report legend
 */
public record ForensicMap(String kind, int cellPx, String meaning, FloatRaster raster) {
}
