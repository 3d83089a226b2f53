package vn.canhgiac.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.jspecify.annotations.Nullable;

/**
 * The Ed25519 key that signs audit checkpoints: from configuration
 * ({@code canhgiac.audit.signing-key}) or from
 * {@code CANHGIAC_HOME/keys/audit-signing.key} (PKCS#8 PEM, mode 0600), created on first
 * use together with {@code audit-signing.pub} (X.509 PEM, readable with
 * {@code openssl pkey -pubin}). Never in the database, so whoever rewrites the database
 * cannot sign a matching checkpoint.
 */
final class AuditSigningKey {

	static final String ALGORITHM = "Ed25519";

	private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private AuditSigningKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
	}

	/**
	 * The signing key, created in the home directory when neither configured nor there.
	 */
	static AuditSigningKey load(Path home, @Nullable String configured) {
		try {
			if (configured != null && !configured.isBlank()) {
				PrivateKey key = privateKey(configured);
				return new AuditSigningKey(key, derivePublic(key));
			}
			Path file = privateKeyFile(home);
			if (!Files.exists(file)) {
				create(file);
			}
			PrivateKey key = privateKey(Files.readString(file, StandardCharsets.US_ASCII));
			PublicKey publicKey = derivePublic(key);
			Path publicFile = publicKeyFile(home);
			if (!Files.exists(publicFile)) {
				writeAtomically(publicFile, pem("PUBLIC KEY", publicKey.getEncoded()), "rw-r--r--");
			}
			return new AuditSigningKey(key, publicKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the audit signing key", ex);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The audit signing key is not a valid Ed25519 PKCS#8 key", ex);
		}
	}

	/**
	 * The public key for verification, without creating anything: from the configured
	 * private key, else {@code audit-signing.pub}, else derived from
	 * {@code audit-signing.key}; null when there is none.
	 */
	static @Nullable PublicKey publicKey(Path home, @Nullable String configured) {
		try {
			if (configured != null && !configured.isBlank()) {
				return derivePublic(privateKey(configured));
			}
			Path publicFile = publicKeyFile(home);
			if (Files.exists(publicFile)) {
				return KeyFactory.getInstance(ALGORITHM)
					.generatePublic(
							new X509EncodedKeySpec(der(Files.readString(publicFile, StandardCharsets.US_ASCII))));
			}
			Path file = privateKeyFile(home);
			if (Files.exists(file)) {
				return derivePublic(privateKey(Files.readString(file, StandardCharsets.US_ASCII)));
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit public key", ex);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The audit public key is not a valid Ed25519 key", ex);
		}
	}

	static Path privateKeyFile(Path home) {
		return home.resolve("keys").resolve("audit-signing.key");
	}

	static Path publicKeyFile(Path home) {
		return home.resolve("keys").resolve("audit-signing.pub");
	}

	PublicKey publicKey() {
		return this.publicKey;
	}

	/** Base64 Ed25519 signature of the text's UTF-8 bytes. */
	String sign(String text) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(this.privateKey);
			signature.update(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean verify(PublicKey key, String text, String signatureBase64) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initVerify(key);
			signature.update(text.getBytes(StandardCharsets.UTF_8));
			return signature.verify(Base64.getDecoder().decode(signatureBase64));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static void create(Path file) throws IOException, GeneralSecurityException {
		KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		writeAtomically(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), "rw-------");
	}

	private static void writeAtomically(Path file, String text, String permissions) throws IOException {
		Files.createDirectories(file.getParent());
		Path temp = Files.createTempFile(file.getParent(), "audit", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(temp, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
			Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(permissions));
			Files.move(temp, file);
		}
		catch (FileAlreadyExistsException ex) {
			// another process created it first: use theirs
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static PrivateKey privateKey(String text) throws GeneralSecurityException {
		return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(text)));
	}

	private static PublicKey derivePublic(PrivateKey key) throws GeneralSecurityException {
		byte[] seed = ((EdECPrivateKey) key).getBytes()
			.orElseThrow(() -> new GeneralSecurityException("Ed25519 private key without its bytes"));
		byte[] raw = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
		byte[] encoded = new byte[X509_PREFIX.length + raw.length];
		System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
		System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
		return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
	}

	/** DER bytes from PEM or bare base64. */
	private static byte[] der(String text) {
		StringBuilder base64 = new StringBuilder();
		for (String line : text.strip().split("\\R")) {
			if (!line.startsWith("-----")) {
				base64.append(line.strip());
			}
		}
		return Base64.getDecoder().decode(base64.toString());
	}

	static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

}
