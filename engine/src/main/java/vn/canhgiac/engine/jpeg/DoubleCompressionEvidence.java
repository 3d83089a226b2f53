package vn.canhgiac.engine.jpeg;

import vn.canhgiac.engine.image.FloatRaster;

/**
 * Aligned double-JPEG evidence (Lin et al. 2009).
 *
 * @param periodicModes number of low-frequency DCT modes whose coefficient histogram
 * shows the periodic peaks and gaps left by two quantisations; 0 means the image looks
 * singly compressed (or the two qualities were too close to tell)
 * @param detected enough periodic modes to call the image double compressed
 * @param blockMap one value per 8×8 block: posterior probability (0..1) that the block
 * was <em>not</em> double compressed like the rest, i.e. was inserted after the first
 * save; 0.5 where the block carries no information (flat areas)
 */
public record DoubleCompressionEvidence(int periodicModes, boolean detected, FloatRaster blockMap) {
}
