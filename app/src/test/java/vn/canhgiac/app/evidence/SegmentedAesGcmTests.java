package vn.canhgiac.app.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentedAesGcmTests {

	private final SecretKey key = new SecretKeySpec(new byte[32], "AES");

	private final byte[] id = "object-1".getBytes(StandardCharsets.US_ASCII);

	@Test
	void roundTripsAcrossSegmentBoundaries() throws Exception {
		for (int size : new int[] { 1, SegmentedAesGcm.SEGMENT_BYTES - 1, SegmentedAesGcm.SEGMENT_BYTES,
				SegmentedAesGcm.SEGMENT_BYTES + 1, 3 * SegmentedAesGcm.SEGMENT_BYTES + 17 }) {
			byte[] plain = random(size);
			byte[] sealed = SegmentedAesGcm.encryptAll(this.key, this.id, plain);
			assertThat(decrypt(sealed, this.id)).as("size %d", size).isEqualTo(plain);
		}
	}

	@Test
	void ciphertextHidesTheFileType() throws Exception {
		byte[] jpeg = new byte[1000];
		jpeg[0] = (byte) 0xFF;
		jpeg[1] = (byte) 0xD8;
		jpeg[2] = (byte) 0xFF;
		byte[] sealed = SegmentedAesGcm.encryptAll(this.key, this.id, jpeg);
		assertThat(Arrays.copyOfRange(sealed, 0, 4)).isEqualTo("CGE1".getBytes(StandardCharsets.US_ASCII));
		assertThat(indexOf(sealed, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })).isEqualTo(-1);
	}

	@Test
	void anyChangedByteFailsAuthentication() throws Exception {
		byte[] sealed = SegmentedAesGcm.encryptAll(this.key, this.id, random(1000));
		sealed[sealed.length / 2] ^= 1;
		assertThatThrownBy(() -> decrypt(sealed, this.id)).isInstanceOf(IOException.class)
			.hasMessageContaining("failed authentication");
	}

	@Test
	void truncationAtASegmentBoundaryIsDetected() throws Exception {
		byte[] sealed = SegmentedAesGcm.encryptAll(this.key, this.id, random(2 * SegmentedAesGcm.SEGMENT_BYTES + 5));
		byte[] firstSegmentOnly = Arrays.copyOf(sealed, 4 + 7 + SegmentedAesGcm.SEGMENT_BYTES + 16);
		assertThatThrownBy(() -> decrypt(firstSegmentOnly, this.id)).isInstanceOf(IOException.class);
	}

	@Test
	void objectCopiedUnderAnotherIdDoesNotDecrypt() throws Exception {
		byte[] sealed = SegmentedAesGcm.encryptAll(this.key, this.id, random(100));
		assertThatThrownBy(() -> decrypt(sealed, "object-2".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(IOException.class);
	}

	private byte[] decrypt(byte[] sealed, byte[] associatedData) throws IOException {
		try (InputStream in = SegmentedAesGcm.decrypt(this.key, associatedData, new ByteArrayInputStream(sealed))) {
			return in.readAllBytes();
		}
	}

	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
