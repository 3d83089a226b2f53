package vn.canhgiac.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canhgiac.app.audit.AuditCheckpoints;
import vn.canhgiac.app.audit.AuditVerification;
import vn.canhgiac.app.audit.AuditVerificationResult;
import vn.canhgiac.app.evidence.EvidenceCopies;
import vn.canhgiac.app.evidence.EvidenceManagement;

/**
 * {@code backup restore --from DIR} into a fresh instance (empty database, empty store),
 * then the proof: rows per table as counted at backup time, every restored object hashing
 * to its manifest entry and decrypting to the SHA-256 taken at intake, and the audit
 * chain intact against the signed checkpoints. Nothing is touched before the manifest
 * checks out.
 */
final class BackupRestorer {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final EvidenceCopies copies;

	private final EvidenceManagement evidence;

	private final AuditCheckpoints checkpoints;

	private final AuditVerification audit;

	private final @Nullable Path postgresBin;

	BackupRestorer(DataSource dataSource, JdbcClient jdbc, EvidenceCopies copies, EvidenceManagement evidence,
			AuditCheckpoints checkpoints, AuditVerification audit, @Nullable Path postgresBin) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.copies = copies;
		this.evidence = evidence;
		this.checkpoints = checkpoints;
		this.audit = audit;
		this.postgresBin = postgresBin;
	}

	/** Restores and verifies; returns the problems found (none: the drill passed). */
	List<String> restore(Path from, PrintStream out) throws IOException {
		Map<String, String> manifest = BackupManifest.read(from);
		List<String> damaged = BackupManifest.check(from, manifest);
		if (!damaged.isEmpty()) {
			throw new BackupFailed("Bản sao lưu bị hỏng hoặc bị sửa: " + damaged,
					"The backup is damaged or altered: " + damaged);
		}
		out.println("manifest: " + manifest.size() + " files verified / tệp khớp SHA-256");
		requireFreshDatabase();
		PostgresTools tools = PostgresTools.find(this.postgresBin, this.dataSource, TableCounts.serverMajor(this.jdbc));
		this.jdbc.sql("drop schema public cascade").update();
		this.jdbc.sql("create schema public").update();
		tools.restore(from.resolve("database.dump"));
		evictConnections();
		out.println("database: restored / đã khôi phục cơ sở dữ liệu");
		List<UUID> restored = restoreEvidence(from);
		out.println("evidence: " + restored.size() + " objects stored / đối tượng đã lưu");
		restoreCheckpoints(from, out);
		return verify(from, manifest, restored, out);
	}

	/** Connections opened before the restore may hold plans of the dropped tables. */
	private void evictConnections() {
		try {
			this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Backup needs the portal's own connection pool (HikariCP)", ex);
		}
	}

	/**
	 * A restore never merges into, or overwrites, a live instance: every instance in use
	 * has accounts and audit entries, a fresh one has neither, nor evidence. (Tables the
	 * migrations or start-up fill, such as the audit head or the built-in allowlist, are
	 * replaced by the backup's.)
	 */
	private void requireFreshDatabase() {
		List<String> used = new ArrayList<>();
		Map<String, Long> counts = TableCounts.count(this.jdbc);
		for (String table : List.of("user_account", "audit_entry", "evidence_object")) {
			if (counts.getOrDefault(table, 0L) > 0) {
				used.add(table);
			}
		}
		if (!used.isEmpty()) {
			throw new BackupFailed(
					"Cơ sở dữ liệu đích đã có dữ liệu (" + used
							+ "); chỉ khôi phục vào một phiên bản mới (CANHGIAC_HOME mới, cơ sở dữ liệu trống)",
					"The target database already has data (" + used
							+ "); restore only into a fresh instance (new CANHGIAC_HOME, empty database)");
		}
	}

	private List<UUID> restoreEvidence(Path from) throws IOException {
		List<UUID> restored = new ArrayList<>();
		Path dir = from.resolve("evidence");
		if (!Files.isDirectory(dir)) {
			return restored;
		}
		try (var files = Files.list(dir)) {
			for (Path file : files.sorted().toList()) {
				UUID id = UUID.fromString(file.getFileName().toString());
				try (InputStream in = Files.newInputStream(file)) {
					this.copies.restoreStored(id, in);
				}
				restored.add(id);
			}
		}
		return restored;
	}

	private void restoreCheckpoints(Path from, PrintStream out) throws IOException {
		Path saved = from.resolve("audit").resolve("checkpoints.jsonl");
		Path target = this.checkpoints.checkpointFile();
		if (!Files.isRegularFile(saved)) {
			return;
		}
		if (Files.isRegularFile(target) && Files.size(target) > 0) {
			out.println("audit checkpoints: " + target + " already exists, left as it is / đã có, giữ nguyên");
			return;
		}
		Files.createDirectories(target.toAbsolutePath().getParent());
		Files.copy(saved, target, StandardCopyOption.REPLACE_EXISTING);
	}

	private List<String> verify(Path from, Map<String, String> manifest, List<UUID> restored, PrintStream out)
			throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Long> expected = TableCounts.read(from.resolve(TableCounts.FILE));
		Map<String, Long> actual = TableCounts.count(this.jdbc);
		expected.forEach((table, rows) -> {
			if (!rows.equals(actual.get(table))) {
				problems.add("table " + table + ": " + actual.get(table) + " rows, backup had " + rows);
			}
		});
		out.println("tables: " + expected.size() + " compared, "
				+ expected.values().stream().mapToLong(Long::longValue).sum() + " rows / bảng đã so số dòng");
		for (UUID id : restored) {
			if (!storedHash(id).equals(manifest.get("evidence/" + id))) {
				problems.add("evidence " + id + ": stored bytes differ from the manifest");
			}
		}
		List<EvidenceManagement.Verification> verifications = this.evidence.verifyAll();
		long verified = verifications.stream()
			.filter((v) -> v.status() == EvidenceManagement.Verification.Status.VERIFIED)
			.count();
		for (EvidenceManagement.Verification verification : verifications) {
			if (verification.status() != EvidenceManagement.Verification.Status.VERIFIED) {
				problems.add("evidence " + verification.id() + ": " + verification.status()
						+ " (wrong or missing evidence key?)");
			}
		}
		out.println("evidence: " + verified + "/" + verifications.size()
				+ " decrypt to their intake SHA-256 / khớp SHA-256 lúc tiếp nhận");
		AuditVerificationResult chain = this.audit.verify(this.checkpoints.checkpointFile());
		if (!chain.intact()) {
			chain.problems().forEach((p) -> problems.add("audit " + p.kind() + " at entry " + p.seq()));
		}
		out.println("audit: " + chain.entries() + " entries, "
				+ (chain.intact() ? "intact / nguyên vẹn" : "TAMPERED / bị can thiệp") + ", last checkpoint "
				+ ((chain.lastCheckpoint() != null) ? chain.lastCheckpoint().seq() : "-"));
		return problems;
	}

	private String storedHash(UUID id) throws IOException {
		java.security.MessageDigest digest = BackupManifest.digest();
		try (var sink = new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest)) {
			this.copies.copyStored(id, sink);
		}
		return java.util.HexFormat.of().formatHex(digest.digest());
	}

}
