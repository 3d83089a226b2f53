package vn.canhgiac.engine.match;

/**
 * Oriented binary keypoints of one picture, in the picture's pixel coordinates.
 *
 * @param x keypoint centres
 * @param y keypoint centres
 * @param scale size of the detection level relative to the picture (1 = full size)
 * @param angle dominant orientation in radians
 * @param descriptors 256-bit rotated BRIEF descriptors, four longs per keypoint
 * @param count number of keypoints
 */
public record FeatureSet(float[] x, float[] y, float[] scale, float[] angle, long[] descriptors, int count) {

	public static FeatureSet empty() {
		return new FeatureSet(new float[0], new float[0], new float[0], new float[0], new long[0], 0);
	}

	int distance(int i, FeatureSet other, int j) {
		int d = 0;
		for (int k = 0; k < 4; k++) {
			d += Long.bitCount(this.descriptors[i * 4 + k] ^ other.descriptors[j * 4 + k]);
		}
		return d;
	}

}
