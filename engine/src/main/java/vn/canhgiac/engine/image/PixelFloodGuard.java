package vn.canhgiac.engine.image;

import javax.imageio.ImageReader;

import vn.canhgiac.engine.InputRejected;

/**
 * Reads the declared size from the header and refuses a pixel flood before the decoder
 * allocates anything: a 20-byte PNG header can declare 100000 × 100000 pixels.
 */
final class PixelFloodGuard {

	private PixelFloodGuard() {
	}

	static void check(ImageReader reader, DecodeLimits limits) throws java.io.IOException {
		int width = reader.getWidth(0);
		int height = reader.getHeight(0);
		check(width, height, limits);
	}

	static void check(long width, long height, DecodeLimits limits) {
		if (width < 1 || height < 1) {
			throw new InputRejected("malformed", "Phần đầu tệp ảnh ghi kích thước không hợp lệ.",
					"The picture header declares an invalid size.");
		}
		if (width > limits.maxSidePx() || height > limits.maxSidePx() || width * height > limits.maxPixels()) {
			throw new InputRejected("pixel_flood",
					"Ảnh quá lớn (" + width + "×" + height + " điểm ảnh). Giới hạn: " + limits.maxSidePx()
							+ " điểm ảnh mỗi cạnh và " + limits.maxPixels() / 1_000_000 + " megapixel.",
					"The picture is too large (" + width + "×" + height + " pixels). Limit: " + limits.maxSidePx()
							+ " pixels a side and " + limits.maxPixels() / 1_000_000 + " megapixels.");
		}
	}

}
