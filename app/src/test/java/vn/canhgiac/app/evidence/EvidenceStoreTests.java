package vn.canhgiac.app.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.platform.CanhGiacProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class EvidenceStoreTests {

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CanhGiacProperties properties;

	@Test
	void storesHashesAndReadsBackWithAnAccessLog() throws Exception {
		byte[] jpeg = fakeJpeg(50_000);
		long staff = this.accounts.account("staff").orElseThrow().id();
		EvidenceObject stored = this.evidence.store(new ByteArrayInputStream(jpeg), "ảnh đe doạ.jpg", staff, 1_000_000);
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)));
		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		assertThat(stored.sizeBytes()).isEqualTo(jpeg.length);
		assertThat(this.evidence.read(stored.id(), staff, EvidenceAccess.REVEAL, "test")).isEqualTo(jpeg);
		assertThat(this.evidence.accessCount(stored.id(), EvidenceAccess.REVEAL)).isEqualTo(1);
		assertThat(this.evidence.verifyAll()).filteredOn((v) -> v.id().equals(stored.id()))
			.singleElement()
			.extracting(EvidenceManagement.Verification::status)
			.isEqualTo(EvidenceManagement.Verification.Status.VERIFIED);
	}

	@Test
	void uploadOverTheLimitStopsWithoutReadingTheRestAndKeepsNothing() throws Exception {
		CountingStream endless = new CountingStream();
		assertThatThrownBy(() -> this.evidence.store(endless, "big.bin", null, 100_000))
			.isInstanceOf(EvidenceRejected.class)
			.hasMessageContaining("too large");
		assertThat(endless.read).isLessThan(100_000 + 200_000);
		assertThat(leftoverTemporaryFiles()).isEmpty();
	}

	@Test
	void emptyUploadIsRefused() {
		assertThatThrownBy(() -> this.evidence.store(new ByteArrayInputStream(new byte[0]), "empty", null, 1000))
			.isInstanceOf(EvidenceRejected.class)
			.hasMessageContaining("empty");
	}

	@Test
	void noPlaintextMagicBytesAnywhereUnderTheStorageRoot() throws Exception {
		this.evidence.storeBytes(fakeJpeg(10_000), "a.jpg", null);
		this.evidence.storeBytes("%PDF-1.7 secret".getBytes(), "b.pdf", null);
		this.evidence.storeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 }, "c.png",
				null);
		List<byte[]> magics = List.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
				new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "%PDF".getBytes(), new byte[] { 'P', 'K', 3, 4 });
		try (Stream<Path> files = Files.walk(this.properties.home().resolve("evidence"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] content = Files.readAllBytes(file);
				for (byte[] magic : magics) {
					assertThat(startsWith(content, magic)).as("%s starts with plaintext magic", file).isFalse();
				}
			}
		}
	}

	@Test
	void alteredObjectIsReportedNotVerified() throws Exception {
		EvidenceObject stored = this.evidence.storeBytes("bằng chứng".getBytes(), "note.txt", null);
		Path file;
		try (Stream<Path> files = Files.walk(this.properties.home().resolve("evidence"))) {
			file = files.filter((p) -> p.getFileName().toString().equals(stored.id().toString()))
				.findFirst()
				.orElseThrow();
		}
		byte[] content = Files.readAllBytes(file);
		content[content.length - 1] ^= 1;
		Files.write(file, content);
		assertThat(this.evidence.verifyAll()).filteredOn((v) -> v.id().equals(stored.id()))
			.singleElement()
			.extracting(EvidenceManagement.Verification::status)
			.isEqualTo(EvidenceManagement.Verification.Status.NOT_VERIFIED);
	}

	@Test
	void partialWritesLeftByACrashAreSweptOnceStale() throws Exception {
		Path tmp = this.properties.home().resolve("evidence").resolve("tmp");
		Path stale = Files.write(tmp.resolve(java.util.UUID.randomUUID() + "123.part"), new byte[] { 'C', 'G' });
		Files.setLastModifiedTime(stale,
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
		Path fresh = Files.write(tmp.resolve(java.util.UUID.randomUUID() + "456.part"), new byte[] { 'C', 'G' });
		this.evidence.sweepOrphans();
		assertThat(stale).doesNotExist();
		assertThat(fresh).as("a write that may still be going on").exists();
		Files.delete(fresh);
	}

	private List<Path> leftoverTemporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.properties.home().resolve("evidence").resolve("tmp"))) {
			return files.toList();
		}
	}

	static byte[] fakeJpeg(int size) {
		byte[] bytes = new byte[size];
		new java.util.Random(size).nextBytes(bytes);
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		bytes[2] = (byte) 0xFF;
		return bytes;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** An endless upload that counts how much was read from it. */
	static final class CountingStream extends InputStream {

		long read;

		@Override
		public int read() {
			this.read++;
			return 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			java.util.Arrays.fill(b, off, off + len, (byte) 'x');
			this.read += len;
			return len;
		}

	}

}
