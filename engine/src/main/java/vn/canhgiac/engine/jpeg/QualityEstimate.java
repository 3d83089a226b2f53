package vn.canhgiac.engine.jpeg;

/**
 * Quality estimated from one quantisation table by comparison with the IJG (libjpeg)
 * standard tables scaled to each quality 1..100.
 *
 * @param tableId DQT table id (0 luminance, 1 chrominance by convention)
 * @param qualityPercent closest IJG quality
 * @param standard whether the table is exactly an IJG-scaled standard table (most
 * software, browsers and messengers); custom tables are typical of cameras and Photoshop
 * @param meanAbsDeviation mean absolute difference to the closest IJG table, in steps
 */
public record QualityEstimate(int tableId, int qualityPercent, boolean standard, double meanAbsDeviation) {
}
