package vn.canhgiac.app.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param signingKey optional Ed25519 private key (PKCS#8, PEM or bare base64) that signs
 * checkpoints; by default {@code CANHGIAC_HOME/keys/audit-signing.key}, created on first
 * use
 * @param checkpointFile where checkpoints are appended outside the database (one JSON
 * line each); by default {@code CANHGIAC_HOME/audit/checkpoints.jsonl}. Point it at a
 * write-once or remote mount so that whoever controls the database does not control it.
 * @param checkpointInterval how often the portal signs a checkpoint when new entries
 * exist
 */
@ConfigurationProperties("canhgiac.audit")
record AuditProperties(@Nullable String signingKey, @Nullable Path checkpointFile,
		@DefaultValue("PT1H") Duration checkpointInterval) {

	Path checkpointFile(Path home) {
		return (this.checkpointFile != null) ? this.checkpointFile : home.resolve("audit").resolve("checkpoints.jsonl");
	}

}
