package vn.canhgiac.app.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditSigningKeyTests {

	@TempDir
	Path home;

	@Test
	void createdOnceInTheHomeWithOwnerOnlyAccess() throws Exception {
		assertThat(AuditSigningKey.publicKey(this.home, null)).isNull();
		AuditSigningKey first = AuditSigningKey.load(this.home, null);
		AuditSigningKey second = AuditSigningKey.load(this.home, null);

		assertThat(second.publicKey()).isEqualTo(first.publicKey());
		assertThat(AuditSigningKey.publicKey(this.home, null)).isEqualTo(first.publicKey());
		assertThat(
				PosixFilePermissions.toString(Files.getPosixFilePermissions(AuditSigningKey.privateKeyFile(this.home))))
			.isEqualTo("rw-------");
		String signature = first.sign("checkpoint");
		assertThat(AuditSigningKey.verify(second.publicKey(), "checkpoint", signature)).isTrue();
		assertThat(AuditSigningKey.verify(second.publicKey(), "checkpoinT", signature)).isFalse();
	}

	@Test
	void configuredKeyIsUsedAndNothingIsWrittenToTheHome() throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String bare = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
		String pem = AuditSigningKey.pem("PRIVATE KEY", pair.getPrivate().getEncoded());

		AuditSigningKey fromBase64 = AuditSigningKey.load(this.home, bare);
		AuditSigningKey fromPem = AuditSigningKey.load(this.home, pem);

		assertThat(fromBase64.publicKey()).isEqualTo(pair.getPublic());
		assertThat(fromPem.publicKey()).isEqualTo(pair.getPublic());
		assertThat(AuditSigningKey.publicKey(this.home, bare)).isEqualTo(pair.getPublic());
		assertThat(this.home.resolve("keys")).doesNotExist();
	}

	@Test
	void aKeyThatIsNotEd25519IsRefused() throws Exception {
		KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
		String bare = Base64.getEncoder().encodeToString(rsa.getPrivate().getEncoded());
		assertThatThrownBy(() -> AuditSigningKey.load(this.home, bare)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Ed25519");
	}

}
