package vn.canhgiac.engine.jpeg;

/**
 * Quantised DCT coefficients of the luminance component, as stored in the file (before
 * dequantisation), 64 per 8×8 block in natural order, blocks in raster order.
 *
 * @param blocksWide blocks per row that carry image data
 * @param blocksHigh block rows that carry image data
 * @param coefficients {@code blocksWide * blocksHigh * 64} values
 * @param quantization the luminance table the coefficients were quantised with
 */
public record DctCoefficients(int blocksWide, int blocksHigh, short[] coefficients, QuantizationTable quantization) {

	public DctCoefficients {
		if (coefficients.length != blocksWide * blocksHigh * 64) {
			throw new IllegalArgumentException("coefficient count does not match the block grid");
		}
	}

	public int at(int blockX, int blockY, int index) {
		return this.coefficients[(blockY * this.blocksWide + blockX) * 64 + index];
	}

}
