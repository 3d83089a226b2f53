package vn.canhgiac.engine.jpeg;

/**
 * Separable orthonormal 8×8 DCT-II and its inverse (T.81 A.3.3) by matrix products; plain
 * and exact enough for forensics, where the JPEG decoder's integer rounding is the noise
 * being measured.
 */
final class Dct8x8 {

	private static final float[] BASIS = new float[64];

	static {
		for (int u = 0; u < 8; u++) {
			double cu = (u == 0) ? Math.sqrt(0.125) : 0.5;
			for (int x = 0; x < 8; x++) {
				BASIS[u * 8 + x] = (float) (cu * Math.cos((2 * x + 1) * u * Math.PI / 16));
			}
		}
	}

	private Dct8x8() {
	}

	/**
	 * in: 64 samples (level-shifted), out: 64 coefficients, both natural order. Each 1-D
	 * pass folds the 8 samples into sums and differences of mirrored pairs first: even
	 * basis rows are symmetric and odd rows antisymmetric, so every output needs 4
	 * products instead of 8 (the first butterfly stage of Chen, Smith and Fralick 1977).
	 */
	static void forward(float[] in, float[] out, float[] tmp) {
		for (int y = 0; y < 8; y++) {
			pass(in, y * 8, 1, tmp, y * 8, 1);
		}
		for (int u = 0; u < 8; u++) {
			pass(tmp, u, 8, out, u, 8);
		}
	}

	private static void pass(float[] src, int from, int stride, float[] dst, int to, int dstStride) {
		float s0 = src[from] + src[from + 7 * stride];
		float s1 = src[from + stride] + src[from + 6 * stride];
		float s2 = src[from + 2 * stride] + src[from + 5 * stride];
		float s3 = src[from + 3 * stride] + src[from + 4 * stride];
		float d0 = src[from] - src[from + 7 * stride];
		float d1 = src[from + stride] - src[from + 6 * stride];
		float d2 = src[from + 2 * stride] - src[from + 5 * stride];
		float d3 = src[from + 3 * stride] - src[from + 4 * stride];
		for (int u = 0; u < 8; u += 2) {
			int b = u * 8;
			dst[to + u * dstStride] = BASIS[b] * s0 + BASIS[b + 1] * s1 + BASIS[b + 2] * s2 + BASIS[b + 3] * s3;
			int o = b + 8;
			dst[to + (u + 1) * dstStride] = BASIS[o] * d0 + BASIS[o + 1] * d1 + BASIS[o + 2] * d2 + BASIS[o + 3] * d3;
		}
	}

	static void inverse(float[] in, float[] out, float[] tmp) {
		for (int v = 0; v < 8; v++) {
			for (int x = 0; x < 8; x++) {
				float sum = 0;
				for (int u = 0; u < 8; u++) {
					sum += BASIS[u * 8 + x] * in[v * 8 + u];
				}
				tmp[v * 8 + x] = sum;
			}
		}
		for (int x = 0; x < 8; x++) {
			for (int y = 0; y < 8; y++) {
				float sum = 0;
				for (int v = 0; v < 8; v++) {
					sum += BASIS[v * 8 + y] * tmp[v * 8 + x];
				}
				out[y * 8 + x] = sum;
			}
		}
	}

}
