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

	/** in: 64 samples (level-shifted), out: 64 coefficients, both natural order. */
	static void forward(float[] in, float[] out, float[] tmp) {
		for (int y = 0; y < 8; y++) {
			for (int u = 0; u < 8; u++) {
				float sum = 0;
				for (int x = 0; x < 8; x++) {
					sum += BASIS[u * 8 + x] * in[y * 8 + x];
				}
				tmp[y * 8 + u] = sum;
			}
		}
		for (int u = 0; u < 8; u++) {
			for (int v = 0; v < 8; v++) {
				float sum = 0;
				for (int y = 0; y < 8; y++) {
					sum += BASIS[v * 8 + y] * tmp[y * 8 + u];
				}
				out[v * 8 + u] = sum;
			}
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
