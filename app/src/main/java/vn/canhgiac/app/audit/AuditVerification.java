package vn.canhgiac.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import vn.canhgiac.app.audit.AuditVerificationResult.Problem;
import vn.canhgiac.app.audit.AuditVerificationResult.Problem.Kind;
import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * Verifies the audit trail: streams every entry in seq order (a server-side cursor, never
 * the whole trail in memory), recomputes the hash chain, and compares it with every
 * checkpoint in the export file and in the database whose Ed25519 signature verifies.
 * Detects an edited, deleted, inserted or reordered entry, a truncated tail and a
 * consistent rewrite of the chain made after a checkpoint.
 */
@Service
public class AuditVerification {

	private final DataSource dataSource;

	private final Path home;

	private final AuditProperties properties;

	AuditVerification(DataSource dataSource, CanhGiacProperties platform, AuditProperties properties) {
		this.dataSource = dataSource;
		this.home = platform.home();
		this.properties = properties;
	}

	/** Verifies against the configured checkpoint file. */
	public AuditVerificationResult verify() {
		return verify(this.properties.checkpointFile(this.home));
	}

	/**
	 * Verifies against the given checkpoint file (for example a copy kept elsewhere); a
	 * file that does not exist counts as one without checkpoints.
	 */
	public AuditVerificationResult verify(Path checkpointFile) {
		List<Problem> listed = new ArrayList<>();
		long[] count = { 0 };
		java.util.function.Consumer<Problem> problems = (problem) -> {
			count[0]++;
			if (listed.size() < AuditVerificationResult.MAX_LISTED) {
				listed.add(problem);
			}
		};
		CheckpointFile.Lines exported = readFile(checkpointFile);
		if (exported.malformed() > 0) {
			problems.accept(Problem.of(Kind.MALFORMED_CHECKPOINT, 0, exported.malformed()));
		}
		PublicKey key = AuditSigningKey.publicKey(this.home, this.properties.signingKey());
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try {
				List<AuditCheckpoint> stored = storedCheckpoints(connection);
				if ((!exported.checkpoints().isEmpty() || !stored.isEmpty()) && key == null) {
					problems.accept(Problem.of(Kind.NO_PUBLIC_KEY, 0, 0));
				}
				if (exported.checkpoints().isEmpty() && !stored.isEmpty()) {
					problems.accept(Problem.of(Kind.CHECKPOINTS_MISSING, stored.get(stored.size() - 1).seq(), 0));
				}
				Map<Long, String> expected = new HashMap<>();
				int checked = 0;
				for (List<AuditCheckpoint> source : List.of(exported.checkpoints(), stored)) {
					for (AuditCheckpoint checkpoint : source) {
						if (key != null
								&& !AuditSigningKey.verify(key, checkpoint.signedText(), checkpoint.signature())) {
							problems.accept(Problem.of(Kind.BAD_SIGNATURE, checkpoint.seq(), 0));
							continue;
						}
						String other = expected.putIfAbsent(checkpoint.seq(), checkpoint.hash());
						if (other != null && !other.equals(checkpoint.hash())) {
							problems.accept(Problem.of(Kind.CHECKPOINT_MISMATCH, checkpoint.seq(), 0));
						}
						checked++;
					}
				}
				ChainWalk.Summary summary = ChainWalk.run(connection, expected, problems);
				@Nullable AuditCheckpoint last = exported.checkpoints()
					.stream()
					.max(java.util.Comparator.comparingLong(AuditCheckpoint::seq))
					.orElse(null);
				return new AuditVerificationResult(summary.entries(), summary.lastSeq(), last, checked,
						List.copyOf(listed), count[0]);
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the audit trail: " + ex.getMessage(), ex);
		}
	}

	private static CheckpointFile.Lines readFile(Path file) {
		if (!Files.exists(file)) {
			return new CheckpointFile.Lines(List.of(), 0);
		}
		try {
			return CheckpointFile.read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, ex);
		}
	}

	private static List<AuditCheckpoint> storedCheckpoints(Connection connection) throws SQLException {
		List<AuditCheckpoint> checkpoints = new ArrayList<>();
		try (PreparedStatement statement = connection
			.prepareStatement("select seq, hash, at, signature from audit_checkpoint order by seq");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				checkpoints.add(AuditCheckpoints.checkpoint(rs, 0));
			}
		}
		return checkpoints;
	}

}
