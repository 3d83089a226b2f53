package vn.canhgiac.app.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canhgiac.app.directory.AuthenticatedPerson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditCheckpoints checkpoints;

	@Test
	void theApplicationRoleCannotUpdateDeleteOrTruncateTheTrail() {
		long seq = this.trail.record(null, "test.append", "thing", "1");
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set action = 'x' where seq = ?").param(seq).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry where seq = ?").param(seq).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_entry").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(
				this.jdbc.sql("select action from audit_entry where seq = ?").param(seq).query(String.class).single())
			.isEqualTo("test.append");
	}

	@Test
	void checkpointsAndTheHeadCannotBeRewrittenEither() {
		this.trail.record(null, "test.append", "thing", "2");
		assertThat(this.checkpoints.checkpointNow()).isPresent();
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_checkpoint").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_checkpoint").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.sql("update audit_head set seq = 0 where id = 1").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("only moves forward");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_head").update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void caseTimelineReadsBackEveryFieldOldestFirst() {
		String caseRef = "CASE-" + UUID.randomUUID();
		Map<String, String> details = new LinkedHashMap<>();
		details.put("purpose", "xem xét & đối chiếu = 100%");
		details.put("status", "triaged");
		long first = this.trail.record(officer(), "case.assign", "case", "42", caseRef, details);
		long second = this.trail.record(null, "case.close", "case", "42", caseRef, Map.of());
		this.trail.record(null, "case.close", "case", "43", "OTHER-" + caseRef, Map.of());

		List<AuditRecord> timeline = this.trail.forCase(caseRef);

		assertThat(timeline).extracting(AuditRecord::seq).containsExactly(first, second);
		AuditRecord assign = timeline.get(0);
		assertThat(assign.actorName()).isEqualTo("police.a");
		assertThat(assign.actorRoles()).containsExactly("POLICE_ADMIN", "POLICE_OFFICER");
		assertThat(assign.action()).isEqualTo("case.assign");
		assertThat(assign.objectType()).isEqualTo("case");
		assertThat(assign.objectId()).isEqualTo("42");
		assertThat(assign.caseRef()).isEqualTo(caseRef);
		assertThat(assign.details()).containsExactly(Map.entry("purpose", "xem xét & đối chiếu = 100%"),
				Map.entry("status", "triaged"));
		assertThat(assign.at()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
		assertThat(timeline.get(1).actorName()).isEqualTo("system");
		assertThat(timeline.get(1).actorRoles()).isEmpty();
		assertThat(timeline.get(1).details()).isEmpty();
	}

	@Test
	void objectHistoryHoldsOnlyThatObject() {
		String id = UUID.randomUUID().toString();
		long viewed = this.trail.record(null, "evidence.view", "evidence", id);
		long revealed = this.trail.record(officer(), "evidence.reveal", "evidence", id, null, Map.of("purpose", "x"));
		this.trail.record(null, "evidence.view", "report", id);

		assertThat(this.trail.forObject("evidence", id)).extracting(AuditRecord::seq, AuditRecord::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(viewed, "evidence.view"),
					org.assertj.core.groups.Tuple.tuple(revealed, "evidence.reveal"));
	}

	@Test
	void storedHashFollowsTheCanonicalLine() {
		long seq = this.trail.record(officer(), "case.note", "case", "7", "C-1", Map.of("k", "v w"));
		Map<String, Object> row = this.jdbc.sql("select * from audit_entry where seq = ?")
			.param(seq)
			.query()
			.singleRow();
		Instant at = ((java.sql.Timestamp) row.get("at")).toInstant();
		String line = String.join("\u001f", Long.toString(seq), Long.toString(at.getEpochSecond()),
				Integer.toString(at.getNano()), row.get("actor_id").toString(), "police.a",
				"POLICE_ADMIN,POLICE_OFFICER", "case.note", "case", "7", "C-1", "k=v+w", (String) row.get("prev_hash"));
		assertThat(row.get("hash")).isEqualTo(AuditTrail.sha256Hex(line));
	}

	static AuthenticatedPerson officer() {
		return new AuthenticatedPerson() {

			@Override
			public long accountId() {
				return 77;
			}

			@Override
			public String username() {
				return "police.a";
			}

			@Override
			public String displayName() {
				return "Trần Văn B";
			}

			@Override
			public @Nullable Long personId() {
				return null;
			}

			@Override
			public @Nullable Long unitId() {
				return null;
			}

			@Override
			public Set<String> roleNames() {
				return Set.of("POLICE_OFFICER", "POLICE_ADMIN");
			}

		};
	}

}
