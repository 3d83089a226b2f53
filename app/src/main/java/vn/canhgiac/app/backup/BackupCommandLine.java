package vn.canhgiac.app.backup;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.canhgiac.app.audit.AuditCheckpoints;
import vn.canhgiac.app.audit.AuditVerification;
import vn.canhgiac.app.evidence.EvidenceCopies;
import vn.canhgiac.app.evidence.EvidenceManagement;

/**
 * {@code bin/canhgiac backup create --out DIR} and
 * {@code bin/canhgiac backup restore --from DIR} (ADR 0100). Exit code 0 when done (and,
 * for a restore, verified), 1 when a step or the verification failed, 2 for a wrong
 * command. Prints table names, counts, ids and hashes, never content.
 */
@Component
@ConditionalOnProperty(name = "canhgiac.command", havingValue = "backup")
class BackupCommandLine implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = "Dùng / usage: bin/canhgiac backup create --out DIR | bin/canhgiac backup restore --from DIR";

	private final BackupCreator creator;

	private final BackupRestorer restorer;

	private int exitCode;

	BackupCommandLine(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
			EvidenceCopies copies, EvidenceManagement evidence, AuditCheckpoints checkpoints, AuditVerification audit,
			@Value("${canhgiac.backup.postgres-bin:}") String postgresBin) {
		@Nullable Path bin = postgresBin.isBlank() ? null : Path.of(postgresBin);
		this.creator = new BackupCreator(dataSource, jdbc, transactions, copies, checkpoints, bin);
		this.restorer = new BackupRestorer(dataSource, jdbc, copies, evidence, checkpoints, audit, bin);
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = List.of(args.getSourceArgs());
		try {
			if (words.size() == 4 && words.get(1).equals("create") && words.get(2).equals("--out")) {
				BackupCreator.Summary summary = this.creator.create(Path.of(words.get(3)));
				System.out.println("Đã sao lưu " + summary.tables().size() + " bảng và " + summary.evidenceObjects()
						+ " đối tượng bằng chứng vào " + words.get(3) + " / Backed up " + summary.tables().size()
						+ " tables and " + summary.evidenceObjects() + " evidence objects");
				return;
			}
			if (words.size() == 4 && words.get(1).equals("restore") && words.get(2).equals("--from")) {
				List<String> problems = this.restorer.restore(Path.of(words.get(3)), System.out);
				if (problems.isEmpty()) {
					System.out.println("KHÔI PHỤC ĐÃ KIỂM CHỨNG / RESTORE VERIFIED");
					return;
				}
				problems.stream().limit(50).forEach((p) -> System.out.println("PROBLEM\t" + p));
				System.out.println("KHÔI PHỤC KHÔNG KHỚP: " + problems.size() + " vấn đề / RESTORE DOES NOT MATCH: "
						+ problems.size() + " problems");
				this.exitCode = 1;
				return;
			}
		}
		catch (BackupFailed ex) {
			System.err.println(ex.messageVi() + " / " + ex.getMessage());
			this.exitCode = 1;
			return;
		}
		catch (java.io.IOException | java.io.UncheckedIOException ex) {
			System.err.println("Sao lưu/khôi phục thất bại / Backup or restore failed: " + ex.getClass().getSimpleName()
					+ ": " + ex.getMessage());
			this.exitCode = 1;
			return;
		}
		System.err.println(USAGE);
		this.exitCode = 2;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
