package vn.canhgiac.engine.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a case evidence package ({@code canhgiac-case-package/1}) without the portal
 * or its database, like a forensic tool's data-source integrity check: the manifest's
 * Ed25519 signature, the signed audit checkpoint it carries, and every file's size and
 * SHA-256 against the manifest. A file missing, added or changed by one byte fails.
 *
 * <p>
 * The package carries its signing key; pass the key published with the audit checkpoints
 * ({@code audit-signing.pub}) to pin it, otherwise a forger could re-sign.
 */
public final class CasePackageVerifier {

	public static final String FORMAT = "canhgiac-case-package/1";

	private static final long MAX_MANIFEST_BYTES = 16L * 1024 * 1024;

	private static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024 * 1024;

	private static final int MAX_ENTRIES = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CasePackageVerifier() {
	}

	/**
	 * Verifies a package read from {@code zip}.
	 * @param pinnedKey the expected public key (X.509 DER, base64, or a PEM text), or
	 * null to trust the key inside the package (reported as not pinned)
	 */
	public static Result verify(InputStream zip, @Nullable String pinnedKey) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, FileCheck> seen = new LinkedHashMap<>();
		byte[] manifest = null;
		String signature = null;
		long total = 0;
		int entries = 0;
		try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw new IOException("too many entries in the package");
				}
				String name = entry.getName();
				if (entry.isDirectory()) {
					continue;
				}
				if (seen.containsKey(name) || (name.equals("manifest.json") && manifest != null)) {
					problems.add("duplicate entry " + name);
					continue;
				}
				if (name.equals("manifest.json") || name.equals("manifest.sig")) {
					byte[] bytes = readLimited(in, MAX_MANIFEST_BYTES);
					if (name.equals("manifest.json")) {
						manifest = bytes;
					}
					else {
						signature = new String(bytes, StandardCharsets.US_ASCII).strip();
					}
					continue;
				}
				MessageDigest sha256 = sha256();
				byte[] buffer = new byte[64 * 1024];
				long size = 0;
				int n;
				while ((n = in.read(buffer)) > 0) {
					sha256.update(buffer, 0, n);
					size += n;
					total += n;
					if (total > MAX_TOTAL_BYTES) {
						throw new IOException("the package expands beyond 8 GB");
					}
				}
				seen.put(name, new FileCheck(name, HexFormat.of().formatHex(sha256.digest()), size));
			}
		}
		if (manifest == null) {
			return Result.broken("manifest.json is missing");
		}
		JsonNode root;
		try {
			root = JSON.readTree(manifest);
		}
		catch (RuntimeException ex) {
			return Result.broken("manifest.json is not valid JSON");
		}
		if (!FORMAT.equals(root.path("format").asString(""))) {
			return Result.broken("unknown package format");
		}
		String keyText = root.path("publicKey").asString("");
		boolean pinned = false;
		if (pinnedKey != null) {
			String pinnedDer = derBase64(pinnedKey);
			if (!pinnedDer.equals(keyText)) {
				problems.add("the package is signed with a different key than the pinned one");
			}
			keyText = pinnedDer;
			pinned = true;
		}
		PublicKey key = publicKey(keyText);
		if (key == null) {
			problems.add("the package's public key is not a valid Ed25519 key");
		}
		else {
			if (signature == null || !verifySignature(key, manifest, signature)) {
				problems.add("manifest.sig does not match manifest.json");
			}
			JsonNode checkpoint = root.path("checkpoint");
			String signedText = "canhgiac-audit-checkpoint-v1\n" + checkpoint.path("seq").asLong(-1) + "\n"
					+ checkpoint.path("hash").asString("") + "\n" + checkpoint.path("at").asString("");
			if (!verifySignature(key, signedText.getBytes(StandardCharsets.UTF_8),
					checkpoint.path("signature").asString(""))) {
				problems.add("the audit checkpoint's signature is not valid");
			}
		}
		List<FileResult> files = new ArrayList<>();
		Map<String, JsonNode> listed = new HashMap<>();
		for (JsonNode file : root.path("files")) {
			String path = file.path("path").asString("");
			listed.put(path, file);
			FileCheck actual = seen.get(path);
			if (actual == null) {
				files.add(new FileResult(path, Status.MISSING));
			}
			else if (actual.size() != file.path("size").asLong(-1)
					|| !actual.sha256().equals(file.path("sha256").asString(""))) {
				files.add(new FileResult(path, Status.NOT_VERIFIED));
			}
			else {
				files.add(new FileResult(path, Status.VERIFIED));
			}
		}
		for (String name : seen.keySet()) {
			if (!listed.containsKey(name)) {
				files.add(new FileResult(name, Status.NOT_LISTED));
			}
		}
		String fingerprint = (key != null)
				? HexFormat.of().formatHex(sha256().digest(key.getEncoded())).substring(0, 32) : "";
		return new Result(root.path("case").path("ref").asString(""), fingerprint, pinned, files, problems);
	}

	private static byte[] readLimited(InputStream in, long limit) throws IOException {
		byte[] bytes = in.readNBytes((int) limit + 1);
		if (bytes.length > limit) {
			throw new IOException("manifest too large");
		}
		return bytes;
	}

	private static boolean verifySignature(PublicKey key, byte[] data, String signatureBase64) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(data);
			return signature.verify(Base64.getDecoder().decode(signatureBase64));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static @Nullable PublicKey publicKey(String base64Der) {
		try {
			return KeyFactory.getInstance("Ed25519")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64Der)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return null;
		}
	}

	/** Accepts base64 DER or a PEM block and returns base64 DER. */
	static String derBase64(String text) {
		String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
		return body;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record FileCheck(String name, String sha256, long size) {
	}

	/** What a file of the package turned out to be. */
	public enum Status {

		VERIFIED, NOT_VERIFIED, MISSING, NOT_LISTED

	}

	/** One file's outcome. */
	public record FileResult(String path, Status status) {
	}

	/**
	 * The outcome: intact only when there are no problems and every file is verified.
	 *
	 * @param caseRef the case reference in the manifest
	 * @param keyFingerprint the first 128 bits of SHA-256 of the signing key, hex
	 * @param pinned whether the key was given by the caller rather than taken from the
	 * package
	 */
	public record Result(String caseRef, String keyFingerprint, boolean pinned, List<FileResult> files,
			List<String> problems) {

		static Result broken(String problem) {
			return new Result("", "", false, List.of(), List.of(problem));
		}

		public boolean intact() {
			return this.problems.isEmpty() && !this.files.isEmpty()
					&& this.files.stream().allMatch((f) -> f.status() == Status.VERIFIED);
		}

	}

}
