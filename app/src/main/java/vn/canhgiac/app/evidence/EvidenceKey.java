package vn.canhgiac.app.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The AES-256 key of the evidence store: from configuration
 * ({@code canhgiac.evidence.key}, base64) or from
 * {@code CANHGIAC_HOME/keys/evidence.key}, created on first use with mode 0600. Never in
 * the database, so a database dump alone reveals no evidence.
 */
final class EvidenceKey {

	private EvidenceKey() {
	}

	static SecretKey load(Path home, @Nullable String configured) {
		if (configured != null && !configured.isBlank()) {
			return fromBytes(Base64.getDecoder().decode(configured.strip()));
		}
		Path file = home.resolve("keys").resolve("evidence.key");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Path temp = Files.createTempFile(file.getParent(), "evidence", ".key",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.write(temp, Base64.getEncoder().encode(key), StandardOpenOption.TRUNCATE_EXISTING);
				try {
					Files.move(temp, file);
				}
				catch (java.nio.file.FileAlreadyExistsException ex) {
					Files.deleteIfExists(temp);
				}
			}
			return fromBytes(Base64.getDecoder().decode(Files.readString(file).strip()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the evidence key " + file, ex);
		}
	}

	private static SecretKey fromBytes(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("The evidence key must be 32 bytes (AES-256), base64-encoded");
		}
		return new SecretKeySpec(key, "AES");
	}

}
