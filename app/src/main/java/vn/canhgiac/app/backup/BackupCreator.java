package vn.canhgiac.app.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canhgiac.app.audit.AuditCheckpoints;
import vn.canhgiac.app.evidence.EvidenceCopies;

/**
 * {@code backup create --out DIR}: one consistent point in time. The audit checkpoint
 * file is copied first (so every checkpoint in the copy refers to entries in the dump);
 * then a repeatable-read transaction exports its snapshot, counts rows, lists the
 * evidence objects and lets pg_dump dump exactly that snapshot; the objects (immutable
 * once stored) are copied encrypted; the manifest is written last.
 */
final class BackupCreator {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final PlatformTransactionManager transactions;

	private final EvidenceCopies evidence;

	private final AuditCheckpoints checkpoints;

	private final @Nullable Path postgresBin;

	BackupCreator(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
			EvidenceCopies evidence, AuditCheckpoints checkpoints, @Nullable Path postgresBin) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.evidence = evidence;
		this.checkpoints = checkpoints;
		this.postgresBin = postgresBin;
	}

	record Summary(Map<String, Long> tables, int evidenceObjects) {
	}

	Summary create(Path out) throws IOException {
		if (Files.exists(out)) {
			try (Stream<Path> entries = Files.list(out)) {
				if (entries.findAny().isPresent()) {
					throw new BackupFailed("Thư mục " + out + " không trống", "The directory " + out + " is not empty");
				}
			}
		}
		PostgresTools tools = PostgresTools.find(this.postgresBin, this.dataSource, TableCounts.serverMajor(this.jdbc));
		Files.createDirectories(out.resolve("evidence"));
		Path checkpointFile = this.checkpoints.checkpointFile();
		if (Files.isRegularFile(checkpointFile)) {
			Files.createDirectories(out.resolve("audit"));
			Files.copy(checkpointFile, out.resolve("audit").resolve("checkpoints.jsonl"),
					StandardCopyOption.COPY_ATTRIBUTES);
		}
		TransactionTemplate snapshot = new TransactionTemplate(this.transactions);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		Summary summary = snapshot.execute((status) -> {
			String id = this.jdbc.sql("select pg_export_snapshot()").query(String.class).single();
			Map<String, Long> counts = TableCounts.count(this.jdbc);
			List<UUID> objects = this.evidence.ids();
			tools.dump(id, out.resolve("database.dump"));
			try {
				TableCounts.write(out.resolve(TableCounts.FILE), counts);
				for (UUID object : objects) {
					try (OutputStream file = Files
						.newOutputStream(out.resolve("evidence").resolve(object.toString()))) {
						this.evidence.copyStored(object, file);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Summary(counts, objects.size());
		});
		Files.writeString(out.resolve("backup.properties"),
				"created=" + Instant.now() + "\nevidence-objects=" + summary.evidenceObjects() + "\nformat=1\n");
		BackupManifest.write(out);
		return summary;
	}

}
