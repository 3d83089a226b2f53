package vn.canhgiac.engine.jpeg;

/**
 * One DQT table with its 64 step sizes in natural (row-major) order, not zig-zag.
 */
public record QuantizationTable(int tableId, int[] stepsNatural) {

	public QuantizationTable {
		if (stepsNatural.length != 64) {
			throw new IllegalArgumentException("a quantisation table has 64 entries");
		}
	}

	public int step(int row, int col) {
		return this.stepsNatural[row * 8 + col];
	}

}
