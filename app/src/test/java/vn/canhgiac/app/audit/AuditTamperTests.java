package vn.canhgiac.app.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canhgiac.app.audit.AuditVerificationResult.Problem;
import vn.canhgiac.app.audit.AuditVerificationResult.Problem.Kind;
import vn.canhgiac.app.platform.CanhGiacProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The attacker owns the database: switches the triggers off and edits, deletes, reorders,
 * truncates or consistently rewrites the trail. Every case must be detected, and an
 * untouched trail must verify. Runs in its own context (its own database) because it
 * damages the trail on purpose.
 */
@SpringBootTest(properties = "canhgiac.audit.checkpoint-initial-delay=P1D")
class AuditTamperTests {

	private static final String[] COLUMNS = { "at = at + interval '1 microsecond'",
			"actor_id = coalesce(actor_id, 0) + 1", "actor_name = actor_name || 'x'",
			"actor_roles = actor_roles || ',LEADER'", "action = 'evidence.delete'", "object_type = object_type || 's'",
			"object_id = object_id || '0'", "case_ref = coalesce(case_ref, '') || 'X'",
			"details = details || '&purpose=nothing'", "prev_hash = md5(prev_hash) || md5(prev_hash)",
			"hash = md5(hash) || md5(hash)" };

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	AuditVerification verification;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CanhGiacProperties properties;

	@BeforeEach
	void freshTrail() throws Exception {
		Tampering.reset(this.dataSource);
		Files.deleteIfExists(this.checkpoints.checkpointFile());
	}

	@Test
	void untouchedTrailVerifies() {
		assertThat(this.verification.verify().intact()).isTrue();
		append(20);
		AuditCheckpoint checkpoint = this.checkpoints.checkpointNow().orElseThrow();
		append(5);

		AuditVerificationResult result = this.verification.verify();

		assertThat(result.problems()).isEmpty();
		assertThat(result.intact()).isTrue();
		assertThat(result.entries()).isEqualTo(25);
		assertThat(result.headSeq()).isEqualTo(25);
		assertThat(result.lastCheckpoint()).isEqualTo(checkpoint);
		assertThat(result.checkpointsChecked()).isEqualTo(2);
	}

	@Test
	void checkpointIsSignedStoredAndExportedOncePerHead() throws Exception {
		assertThat(this.checkpoints.checkpointNow()).isEmpty();
		append(3);
		AuditCheckpoint first = this.checkpoints.checkpointNow().orElseThrow();
		assertThat(this.checkpoints.checkpointNow()).contains(first);
		assertThat(this.checkpoints.checkpointIfNew()).isEmpty();
		append(1);
		AuditCheckpoint second = this.checkpoints.checkpointIfNew().orElseThrow();

		assertThat(first.seq()).isEqualTo(3);
		assertThat(second.seq()).isEqualTo(4);
		assertThat(second.hash())
			.isEqualTo(this.jdbc.sql("select hash from audit_entry where seq = 4").query(String.class).single());
		assertThat(Files.readAllLines(this.checkpoints.checkpointFile())).containsExactly(first.toJson(),
				second.toJson());
		assertThat(this.checkpoints.latest()).contains(second);
		Path home = this.properties.home();
		PublicKey key = AuditSigningKey.publicKey(home, null);
		assertThat(key).isNotNull();
		assertThat(AuditSigningKey.verify(key, second.signedText(), second.signature())).isTrue();
		assertThat(AuditSigningKey.verify(key, second.signedText().replace("\n4\n", "\n5\n"), second.signature()))
			.isFalse();
		assertThat(second.verifiedBy(this.checkpoints.publicKey())).isTrue();
		assertThat(new AuditCheckpoint(5, second.hash(), second.at(), second.signature())
			.verifiedBy(this.checkpoints.publicKey())).isFalse();
		assertThat(this.checkpoints.publicKeyPem()).isEqualTo(Files.readString(AuditSigningKey.publicKeyFile(home)));
		assertThat(AuditCheckpoint.parse(second.toJson())).contains(second);
		assertThat(Files.getPosixFilePermissions(AuditSigningKey.privateKeyFile(home)))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		assertThat(Files.readString(AuditSigningKey.privateKeyFile(home))).startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(Files.readString(AuditSigningKey.publicKeyFile(home))).startsWith("-----BEGIN PUBLIC KEY-----");
	}

	@Test
	void editingAnyFieldOfAnyEntryIsDetected() {
		append(COLUMNS.length + 2);
		this.checkpoints.checkpointNow();
		for (int i = 0; i < COLUMNS.length; i++) {
			long seq = i + 1;
			Map<String, Object> original = this.jdbc.sql("select * from audit_entry where seq = ?")
				.param(seq)
				.query()
				.singleRow();
			Tampering.run(this.dataSource, "update audit_entry set " + COLUMNS[i] + " where seq = " + seq);

			AuditVerificationResult result = this.verification.verify();

			assertThat(result.intact()).as("edit of %s", COLUMNS[i]).isFalse();
			assertThat(result.problems()).as("edit of %s", COLUMNS[i])
				.allSatisfy((problem) -> assertThat(problem.seq()).isIn(seq, seq + 1))
				.isNotEmpty();
			restore(original);
			assertThat(this.verification.verify().intact()).as("restored after %s", COLUMNS[i]).isTrue();
		}
	}

	@Test
	void editedEntryIsNamedBySeq() {
		append(10);
		Tampering.run(this.dataSource, "update audit_entry set details = 'purpose=cover-up' where seq = 7");

		assertThat(this.verification.verify().problems()).extracting(Problem::kind, Problem::seq)
			.containsExactly(tuple(Kind.EDITED, 7L));
	}

	@Test
	void editWithARecomputedHashBreaksTheNextLink() {
		append(10);
		Map<String, Object> row = this.jdbc.sql("select * from audit_entry where seq = 4").query().singleRow();
		String forged = hash(row, "actor_name", "someone-else", (String) row.get("prev_hash"));
		Tampering.run(this.dataSource,
				"update audit_entry set actor_name = 'someone-else', hash = '" + forged + "' where seq = 4");

		assertThat(this.verification.verify().problems()).extracting(Problem::kind, Problem::seq)
			.containsExactly(tuple(Kind.BROKEN_LINK, 5L));
	}

	@Test
	void deletedEntryIsDetected() {
		append(10);
		Tampering.run(this.dataSource, "delete from audit_entry where seq = 7");

		AuditVerificationResult result = this.verification.verify();

		assertThat(result.intact()).isFalse();
		assertThat(result.problems()).extracting(Problem::kind, Problem::seq).containsExactly(tuple(Kind.MISSING, 7L));
		assertThat(result.problems().get(0).messageEn()).contains("7–7");
	}

	@Test
	void deletedLastEntryIsDetectedByTheHeadEvenWithoutACheckpoint() {
		append(10);
		Tampering.run(this.dataSource, "delete from audit_entry where seq = 10");

		assertThat(this.verification.verify().problems()).extracting(Problem::kind, Problem::seq)
			.containsExactly(tuple(Kind.HEAD_MISMATCH, 10L));
	}

	@Test
	void swappedContentOfTwoEntriesIsDetected() {
		append(10);
		Tampering.run(this.dataSource, """
				update audit_entry a set at = b.at, actor_id = b.actor_id, actor_name = b.actor_name,
				    actor_roles = b.actor_roles, action = b.action, object_type = b.object_type,
				    object_id = b.object_id, case_ref = b.case_ref, details = b.details,
				    prev_hash = b.prev_hash, hash = b.hash
				from audit_entry b where (a.seq = 5 and b.seq = 9) or (a.seq = 9 and b.seq = 5)""");

		AuditVerificationResult result = this.verification.verify();

		assertThat(result.intact()).isFalse();
		assertThat(result.problems()).extracting(Problem::seq).contains(5L, 9L);
	}

	@Test
	void swappedPositionsOfTwoEntriesAreDetected() {
		append(10);
		Tampering.run(this.dataSource, "update audit_entry set seq = -5 where seq = 5",
				"update audit_entry set seq = 5 where seq = 9", "update audit_entry set seq = 9 where seq = -5");

		AuditVerificationResult result = this.verification.verify();

		assertThat(result.intact()).isFalse();
		assertThat(result.problems()).extracting(Problem::seq).contains(5L, 9L);
	}

	@Test
	void truncatedTailAfterACheckpointIsDetected() {
		append(20);
		this.checkpoints.checkpointNow();
		String hash14 = this.jdbc.sql("select hash from audit_entry where seq = 14").query(String.class).single();
		Tampering.run(this.dataSource, "delete from audit_entry where seq > 14", "delete from audit_checkpoint",
				"update audit_head set seq = 14, hash = '" + hash14 + "'");

		AuditVerificationResult result = this.verification.verify();

		assertThat(result.problems()).extracting(Problem::kind, Problem::seq)
			.containsExactly(tuple(Kind.TRUNCATED, 20L));
		assertThat(result.problems().get(0).messageEn()).contains("last entry is 14");
	}

	@Test
	void truncatingAndAppendingAgainIsDetected() {
		append(20);
		this.checkpoints.checkpointNow();
		String hash14 = this.jdbc.sql("select hash from audit_entry where seq = 14").query(String.class).single();
		Tampering.run(this.dataSource, "delete from audit_entry where seq > 14",
				"update audit_head set seq = 14, hash = '" + hash14 + "'");
		append(10);

		assertThat(this.verification.verify().problems()).extracting(Problem::kind, Problem::seq)
			.containsExactly(tuple(Kind.CHECKPOINT_MISMATCH, 20L));
	}

	@Test
	void consistentRewriteAfterACheckpointIsDetected() {
		append(20);
		this.checkpoints.checkpointNow();
		append(5);
		List<String> statements = new ArrayList<>();
		String prev = AuditTrail.GENESIS;
		for (Map<String, Object> row : this.jdbc.sql("select * from audit_entry order by seq").query().listOfRows()) {
			long seq = (Long) row.get("seq");
			String name = (seq == 3) ? "someone-else" : (String) row.get("actor_name");
			String hash = hash(row, "actor_name", name, prev);
			statements.add("update audit_entry set actor_name = '" + name + "', prev_hash = '" + prev + "', hash = '"
					+ hash + "' where seq = " + seq);
			prev = hash;
		}
		statements.add("delete from audit_checkpoint");
		statements.add("update audit_head set hash = '" + prev + "'");
		Tampering.run(this.dataSource, statements.toArray(String[]::new));

		AuditVerificationResult result = this.verification.verify();

		assertThat(result.problems()).extracting(Problem::kind, Problem::seq)
			.containsExactly(tuple(Kind.CHECKPOINT_MISMATCH, 20L));
	}

	@Test
	void rewriteIsStillDetectedWhenTheDatabaseCheckpointIsRewrittenToo() {
		append(8);
		this.checkpoints.checkpointNow();
		Tampering.run(this.dataSource, "update audit_checkpoint set hash = repeat('a', 64)");

		assertThat(this.verification.verify().problems()).extracting(Problem::kind, Problem::seq)
			.containsExactly(tuple(Kind.BAD_SIGNATURE, 8L));
	}

	@Test
	void forgedCheckpointInTheFileIsDetected() throws Exception {
		append(8);
		AuditCheckpoint real = this.checkpoints.checkpointNow().orElseThrow();
		AuditCheckpoint forged = new AuditCheckpoint(real.seq(), "b".repeat(64), real.at(), real.signature());
		Files.writeString(this.checkpoints.checkpointFile(), forged.toJson() + "\nnot a checkpoint\n",
				StandardCharsets.UTF_8);

		assertThat(this.verification.verify().problems()).extracting(Problem::kind)
			.containsExactlyInAnyOrder(Kind.MALFORMED_CHECKPOINT, Kind.BAD_SIGNATURE);
	}

	@Test
	void deletedCheckpointFileIsReported() throws Exception {
		append(8);
		this.checkpoints.checkpointNow();
		Files.delete(this.checkpoints.checkpointFile());

		assertThat(this.verification.verify().problems()).extracting(Problem::kind)
			.containsExactly(Kind.CHECKPOINTS_MISSING);
	}

	@Test
	void aCopyOfTheCheckpointsCatchesARewriteOfTheLocalFileToo() throws Exception {
		append(12);
		this.checkpoints.checkpointNow();
		Path copy = Files.createTempFile("checkpoints", ".jsonl");
		Files.copy(this.checkpoints.checkpointFile(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		String hash6 = this.jdbc.sql("select hash from audit_entry where seq = 6").query(String.class).single();
		Tampering.run(this.dataSource, "delete from audit_entry where seq > 6", "delete from audit_checkpoint",
				"update audit_head set seq = 6, hash = '" + hash6 + "'");
		Files.delete(this.checkpoints.checkpointFile());

		assertThat(this.verification.verify().intact()).isTrue();
		assertThat(this.verification.verify(copy).problems()).extracting(Problem::kind, Problem::seq)
			.containsExactly(tuple(Kind.TRUNCATED, 12L));
		Files.delete(copy);
	}

	@Test
	void noCheckpointIsSignedOverATamperedHead() {
		append(5);
		Tampering.run(this.dataSource, "delete from audit_entry where seq = 5");

		org.assertj.core.api.Assertions.assertThatThrownBy(this.checkpoints::checkpointNow)
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.checkpoints.latest()).isEmpty();
		assertThat(this.checkpoints.checkpointFile()).doesNotExist();
	}

	private void append(int count) {
		for (int i = 0; i < count; i++) {
			if (i % 2 == 0) {
				this.trail.record(AuditTrailTests.officer(), "case.note", "case", Integer.toString(i), "C-" + i,
						Map.of("purpose", "kiểm tra " + i));
			}
			else {
				this.trail.record(null, "evidence.view", "evidence", Integer.toString(i));
			}
		}
	}

	private void restore(Map<String, Object> row) {
		this.jdbc.sql("select 1").query(Integer.class).single();
		try (var connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var set = connection.createStatement(); var update = connection.prepareStatement("""
					update audit_entry set at = ?, actor_id = ?, actor_name = ?, actor_roles = ?, action = ?,
					    object_type = ?, object_id = ?, case_ref = ?, details = ?, prev_hash = ?, hash = ?
					where seq = ?""")) {
				set.execute("set local session_replication_role = replica");
				update.setObject(1, row.get("at"));
				update.setObject(2, row.get("actor_id"));
				String[] names = { "actor_name", "actor_roles", "action", "object_type", "object_id", "case_ref",
						"details", "prev_hash", "hash" };
				for (int i = 0; i < names.length; i++) {
					update.setObject(3 + i, row.get(names[i]));
				}
				update.setLong(12, (Long) row.get("seq"));
				assertThat(update.executeUpdate()).isEqualTo(1);
				connection.commit();
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The hash of a row with one text column replaced, chained to {@code prev}. */
	private static String hash(Map<String, Object> row, String column, String value, String prev) {
		java.time.Instant at = ((java.sql.Timestamp) row.get("at")).toInstant();
		java.util.function.Function<String, String> text = (name) -> name.equals(column) ? value
				: (String) row.get(name);
		return new AuditHash().hash((Long) row.get("seq"), at.getEpochSecond(), at.getNano(),
				(Long) row.get("actor_id"), text.apply("actor_name"), text.apply("actor_roles"), text.apply("action"),
				text.apply("object_type"), text.apply("object_id"), text.apply("case_ref"), text.apply("details"),
				prev);
	}

}
