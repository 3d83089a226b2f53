package vn.canhgiac.engine.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CasePackageVerifierTests {

	static final byte[] EVIDENCE = "ảnh bằng chứng".getBytes(StandardCharsets.UTF_8);

	final KeyPair key = ed25519();

	@Test
	void anIntactPackageVerifiesAndNamesItsCaseAndKey() throws Exception {
		CasePackageVerifier.Result result = verify(pack(this.key, EVIDENCE, EVIDENCE, null), null);
		assertThat(result.intact()).isTrue();
		assertThat(result.caseRef()).isEqualTo("VV-2026-000001");
		assertThat(result.keyFingerprint()).hasSize(32);
		assertThat(result.pinned()).isFalse();
	}

	@Test
	void aChangedByteFailsThatFile() throws Exception {
		byte[] changed = EVIDENCE.clone();
		changed[0] ^= 1;
		CasePackageVerifier.Result result = verify(pack(this.key, EVIDENCE, changed, null), null);
		assertThat(result.intact()).isFalse();
		assertThat(result.files()).singleElement()
			.extracting(CasePackageVerifier.FileResult::status)
			.isEqualTo(CasePackageVerifier.Status.NOT_VERIFIED);
	}

	@Test
	void aPlantedFileAndAMissingFileAreReported() throws Exception {
		CasePackageVerifier.Result planted = verify(pack(this.key, EVIDENCE, EVIDENCE, "evidence/planted"), null);
		assertThat(planted.files()).anyMatch((f) -> f.status() == CasePackageVerifier.Status.NOT_LISTED);
		CasePackageVerifier.Result missing = verify(pack(this.key, EVIDENCE, null, null), null);
		assertThat(missing.files()).anyMatch((f) -> f.status() == CasePackageVerifier.Status.MISSING);
		assertThat(missing.intact()).isFalse();
	}

	@Test
	void aPackageReSignedWithAnotherKeyFailsWhenTheRealKeyIsPinned() throws Exception {
		byte[] forged = pack(ed25519(), EVIDENCE, EVIDENCE, null);
		assertThat(verify(forged, null).intact()).as("without a pinned key a forger's own key is accepted").isTrue();
		String realKey = Base64.getEncoder().encodeToString(this.key.getPublic().getEncoded());
		CasePackageVerifier.Result pinned = verify(forged, realKey);
		assertThat(pinned.intact()).isFalse();
		assertThat(pinned.problems()).anyMatch((p) -> p.contains("different key"));
	}

	@Test
	void notAPackageIsRefusedCleanly() throws Exception {
		CasePackageVerifier.Result result = verify("not a zip".getBytes(StandardCharsets.UTF_8), null);
		assertThat(result.intact()).isFalse();
		assertThat(result.problems()).contains("manifest.json is missing");
	}

	private static CasePackageVerifier.Result verify(byte[] zip, String pinned) throws Exception {
		return CasePackageVerifier.verify(new ByteArrayInputStream(zip), pinned);
	}

	/** A package as the portal writes it: manifest, signature, the listed file. */
	private static byte[] pack(KeyPair key, byte[] listed, byte[] stored, String extra) throws Exception {
		String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
		String checkpointText = "canhgiac-audit-checkpoint-v1\n7\n" + "a".repeat(64) + "\n2026-11-28T10:00:00Z";
		String manifest = "{\"format\":\"canhgiac-case-package/1\",\"case\":{\"ref\":\"VV-2026-000001\"},"
				+ "\"files\":[{\"path\":\"evidence/1\",\"sha256\":\"" + sha256(listed) + "\",\"size\":" + listed.length
				+ "}],\"checkpoint\":{\"seq\":7,\"hash\":\"" + "a".repeat(64)
				+ "\",\"at\":\"2026-11-28T10:00:00Z\",\"signature\":\"" + sign(key, checkpointText) + "\"},"
				+ "\"publicKey\":\"" + publicKey + "\"}";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
			put(zip, "manifest.sig", sign(key, manifest).getBytes(StandardCharsets.US_ASCII));
			if (stored != null) {
				put(zip, "evidence/1", stored);
			}
			if (extra != null) {
				put(zip, extra, new byte[] { 1 });
			}
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] bytes) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	private static String sign(KeyPair key, String text) throws Exception {
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(key.getPrivate());
		signature.update(text.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signature.sign());
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static KeyPair ed25519() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
