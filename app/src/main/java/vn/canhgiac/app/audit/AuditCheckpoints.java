package vn.canhgiac.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * Signed checkpoints of the audit trail: the chain head (seq and hash) signed with the
 * Ed25519 key outside the database, stored in {@code audit_checkpoint} and appended
 * (fsynced) to the export file outside the database. The portal makes one every
 * {@code canhgiac.audit.checkpoint-interval} (default an hour) when new entries exist;
 * case exports call {@link #checkpointNow()}.
 *
 * <p>
 * Several nodes may run: a checkpoint is made while holding the chain's head-row lock, so
 * checkpoints never interleave with appends or with each other.
 */
@Service
public class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Path home;

	private final AuditProperties properties;

	private volatile @Nullable AuditSigningKey key;

	AuditCheckpoints(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
			CanhGiacProperties platform, AuditProperties properties) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.home = platform.home();
		this.properties = properties;
	}

	/**
	 * Signs the current head of the chain and exports it, or returns the checkpoint that
	 * already covers it (exporting it to this node's file if it is not there yet).
	 * @return the checkpoint covering every entry so far; empty while the trail is empty
	 * @throws IllegalStateException when the head row does not match the last entry (the
	 * trail has been tampered with; nothing is signed)
	 * @throws UncheckedIOException when the export file cannot be written (nothing is
	 * stored either)
	 */
	public Optional<AuditCheckpoint> checkpointNow() {
		return this.transactions.execute((status) -> checkpointLocked());
	}

	/**
	 * Signs an export's manifest with the audit key (Ed25519, base64), so that a case
	 * package can be verified offline against the key published with the checkpoints.
	 */
	public String signExport(String text) {
		return signingKey().sign(text);
	}

	/** The audit public key, X.509 DER in base64, as shipped inside export packages. */
	public String publicKeyBase64() {
		return java.util.Base64.getEncoder().encodeToString(signingKey().publicKey().getEncoded());
	}

	/** The export file, {@code canhgiac.audit.checkpoint-file}. */
	public Path checkpointFile() {
		return this.properties.checkpointFile(this.home);
	}

	/**
	 * The public key that verifies checkpoint signatures, as X.509 PEM (what
	 * {@code audit-signing.pub} holds), for exports verified elsewhere. Creates the key
	 * pair on first use.
	 */
	public String publicKeyPem() {
		return AuditSigningKey.pem("PUBLIC KEY", signingKey().publicKey().getEncoded());
	}

	/** The public key that verifies checkpoint signatures. */
	public java.security.PublicKey publicKey() {
		return signingKey().publicKey();
	}

	/** The newest checkpoint stored in the database. */
	public Optional<AuditCheckpoint> latest() {
		return this.jdbc.sql("select seq, hash, at, signature from audit_checkpoint order by seq desc limit 1")
			.query(AuditCheckpoints::checkpoint)
			.optional();
	}

	/**
	 * The periodic checkpoint: only when entries were added since the last one.
	 * @return the new checkpoint, or empty when there was nothing new
	 */
	Optional<AuditCheckpoint> checkpointIfNew() {
		try {
			long head = this.jdbc.sql("select seq from audit_head where id = 1").query(Long.class).single();
			long covered = this.jdbc.sql("select coalesce(max(seq), 0) from audit_checkpoint")
				.query(Long.class)
				.single();
			if (head <= covered) {
				return Optional.empty();
			}
			Optional<AuditCheckpoint> checkpoint = checkpointNow();
			checkpoint.ifPresent((made) -> log.info("Audit checkpoint signed at entry {}", made.seq()));
			return checkpoint;
		}
		catch (RuntimeException ex) {
			log.warn("Audit checkpoint failed: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	private Optional<AuditCheckpoint> checkpointLocked() {
		Head head = this.jdbc.sql("select seq, hash from audit_head where id = 1 for update")
			.query((rs, i) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.single();
		if (head.seq() == 0) {
			return Optional.empty();
		}
		Optional<String> last = this.jdbc.sql("select hash from audit_entry where seq = ?")
			.param(head.seq())
			.query(String.class)
			.optional();
		if (last.isEmpty() || !last.get().equals(head.hash())) {
			throw new IllegalStateException("The audit head (entry " + head.seq()
					+ ") does not match the trail; run bin/canhgiac audit verify");
		}
		Path file = checkpointFile();
		Optional<AuditCheckpoint> existing = this.jdbc
			.sql("select seq, hash, at, signature from audit_checkpoint where seq = ?")
			.param(head.seq())
			.query(AuditCheckpoints::checkpoint)
			.optional();
		try {
			if (existing.isPresent()) {
				Optional<AuditCheckpoint> exported = CheckpointFile.last(file);
				if (exported.isEmpty() || exported.get().seq() < head.seq()) {
					CheckpointFile.append(file, existing.get());
				}
				return existing;
			}
			java.time.Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			AuditCheckpoint checkpoint = new AuditCheckpoint(head.seq(), head.hash(), at,
					signingKey().sign(AuditCheckpoint.signedText(head.seq(), head.hash(), at)));
			this.jdbc.sql("""
					insert into audit_checkpoint (seq, hash, at, signature) values (?, ?, ?, ?)
					on conflict (seq) do nothing""")
				.params(checkpoint.seq(), checkpoint.hash(), Timestamp.from(at), checkpoint.signature())
				.update();
			CheckpointFile.append(file, checkpoint);
			return Optional.of(checkpoint);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot append to the audit checkpoint file", ex);
		}
	}

	private AuditSigningKey signingKey() {
		AuditSigningKey loaded = this.key;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.key;
				if (loaded == null) {
					loaded = AuditSigningKey.load(this.home, this.properties.signingKey());
					this.key = loaded;
				}
			}
		}
		return loaded;
	}

	static AuditCheckpoint checkpoint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditCheckpoint(rs.getLong("seq"), rs.getString("hash"), rs.getTimestamp("at").toInstant(),
				rs.getString("signature"));
	}

	private record Head(long seq, String hash) {
	}

}
