package vn.canhgiac.engine.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.testing.SyntheticImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageCodecTests {

	private static final RgbImage SCENE = SyntheticImages.texturedScene(64, 48, 1);

	@Test
	void decodesJpegAndPngInTheStoredGrid() {
		DecodedImage jpeg = ImageCodec.decode(ImageCodec.encodeJpeg(SCENE, 90), DecodeLimits.DEFAULT);
		assertThat(jpeg.format()).isEqualTo(ImageFormat.JPEG);
		assertThat(jpeg.image().width()).isEqualTo(64);
		DecodedImage png = ImageCodec.decode(ImageCodec.encodePng(SCENE), DecodeLimits.DEFAULT);
		assertThat(png.format()).isEqualTo(ImageFormat.PNG);
		assertThat(png.image().rgb()).isEqualTo(SCENE.rgb());
	}

	@Test
	void rejectsEmptyFile() {
		assertRejected(new byte[0], "empty");
	}

	@Test
	void rejectsWrongMagic() {
		assertRejected("%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII), "wrong_type");
	}

	@Test
	void rejectsHeicWithAdviceToSendJpeg() {
		byte[] heic = new byte[64];
		System.arraycopy(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' }, 0, heic, 0, 12);
		assertThatThrownBy(() -> ImageCodec.decode(heic, DecodeLimits.DEFAULT)).isInstanceOf(InputRejected.class)
			.satisfies((ex) -> {
				assertThat(((InputRejected) ex).code()).isEqualTo("unsupported_heic");
				assertThat(((InputRejected) ex).messageEn()).contains("JPEG");
			});
	}

	@Test
	void rejectsTruncatedJpegAndPng() {
		byte[] jpeg = ImageCodec.encodeJpeg(SCENE, 90);
		assertRejected(Arrays.copyOf(jpeg, jpeg.length * 2 / 3), "truncated");
		byte[] png = ImageCodec.encodePng(SCENE);
		assertRejected(Arrays.copyOf(png, png.length - 20), "truncated");
	}

	@Test
	void rejectsPixelFloodFromThePngHeaderBeforeDecoding() {
		assertRejected(pngHeaderOnly(100_000, 100_000), "pixel_flood");
		assertRejected(pngHeaderOnly(20_000, 10), "pixel_flood");
	}

	@Test
	void rejectsPixelFloodDeclaredInJpegFrameHeader() {
		byte[] jpeg = ImageCodec.encodeJpeg(SCENE, 90);
		for (int i = 2; i < jpeg.length - 8; i++) {
			if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC0) {
				jpeg[i + 5] = (byte) 0xEA;
				jpeg[i + 6] = 0x60;
				jpeg[i + 7] = (byte) 0xEA;
				jpeg[i + 8] = 0x60;
				break;
			}
		}
		assertRejected(jpeg, "pixel_flood");
	}

	@Test
	void rejectsGarbageAfterAValidMagicAsMalformed() {
		byte[] bytes = new byte[4096];
		bytes[0] = (byte) 0x89;
		System.arraycopy("PNG\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 1, 7);
		System.arraycopy("IEND".getBytes(StandardCharsets.US_ASCII), 0, bytes, 4000, 4);
		assertRejected(bytes, "malformed");
	}

	@Test
	void rendersHeatMapAtMapSize() throws Exception {
		FloatRaster map = FloatRaster.zeros(10, 6);
		map.set(3, 2, 1f);
		byte[] png = ImageCodec.heatMapPng(map);
		RgbImage back = ImageCodec.decode(png, DecodeLimits.DEFAULT).image();
		assertThat(back.width()).isEqualTo(10);
		assertThat(back.rgbAt(3, 2)).isEqualTo(0xFFFFFF);
		assertThat(back.rgbAt(0, 0)).isZero();
	}

	private static void assertRejected(byte[] bytes, String code) {
		assertThatThrownBy(() -> ImageCodec.decode(bytes, DecodeLimits.DEFAULT)).isInstanceOf(InputRejected.class)
			.satisfies((ex) -> {
				assertThat(((InputRejected) ex).code()).isEqualTo(code);
				assertThat(ex.getMessage()).doesNotContain("Exception");
			});
	}

	/** Signature, IHDR declaring the size, an empty IDAT and IEND: 57 bytes. */
	static byte[] pngHeaderOnly(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		chunk(out, "IHDR",
				ByteBuffer.allocate(13)
					.putInt(width)
					.putInt(height)
					.put((byte) 8)
					.put((byte) 2)
					.put((byte) 0)
					.put((byte) 0)
					.put((byte) 0)
					.array());
		chunk(out, "IDAT", new byte[0]);
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] t = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(t);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
