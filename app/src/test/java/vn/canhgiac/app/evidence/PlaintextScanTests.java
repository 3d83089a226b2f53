package vn.canhgiac.app.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The at-rest scanner finds plaintext files hidden anywhere and passes ciphertext. */
class PlaintextScanTests {

	@TempDir
	Path root;

	@Test
	void findsEachFormatInsideOtherBytes() throws Exception {
		byte[] filler = new byte[5000];
		new Random(1).nextBytes(filler);
		write("a/jpeg", filler, picture("jpg"), filler);
		write("png", filler, picture("png"), filler);
		write("b/c/pdf", filler, "%PDF-1.7\n1 0 obj".getBytes(), filler);
		write("zip", filler, zip(), filler);
		assertThat(PlaintextScan.scan(this.root, Map.of())).extracting(PlaintextScan.Finding::what)
			.containsExactlyInAnyOrder("JPEG (FF D8 FF, marker, segment, next marker)", "PNG signature",
					"PDF header (%PDF-d.d)", "ZIP local file header (PK 03 04, version)");
	}

	@Test
	void findsNeedlesAndBareMagicAtTheStart() throws Exception {
		write("x", new byte[] { 'P', 'K', 3, 4, 9, 9, 9 });
		write("y", "....secret-needle....".getBytes());
		assertThat(PlaintextScan.scan(this.root, Map.of("the needle", "secret-needle".getBytes())))
			.extracting(PlaintextScan.Finding::what)
			.containsExactlyInAnyOrder("file starts with 50 4b 03 04", "the needle");
	}

	@Test
	void passesEncryptedEvidence() throws Exception {
		javax.crypto.SecretKey key = new javax.crypto.spec.SecretKeySpec(new byte[32], "AES");
		byte[] sealed = SegmentedAesGcm.encryptAll(key, "id".getBytes(), picture("png"));
		write("ab/object", sealed);
		assertThat(PlaintextScan.scan(this.root, Map.of())).isEmpty();
	}

	private void write(String name, byte[]... parts) throws Exception {
		Path file = this.root.resolve(name);
		Files.createDirectories(file.getParent());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		Files.write(file, out.toByteArray());
	}

	private static byte[] picture(String format) throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private static byte[] zip() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
			zip.write("hello".getBytes());
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
