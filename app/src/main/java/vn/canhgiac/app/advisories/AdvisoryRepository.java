package vn.canhgiac.app.advisories;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Advisories, their references, questions and per-person records in PostgreSQL.
 */
@Repository
class AdvisoryRepository {

	private final JdbcClient jdbc;

	AdvisoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(AdvisoryDraft draft, long authorAccountId, String authorName, Instant now) {
		long id = this.jdbc.sql("""
				insert into advisory (title, author_account_id, author_name, created_at, updated_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(draft.title(), authorAccountId, authorName, ts(now), ts(now))
			.query(Long.class)
			.single();
		update(id, draft, now);
		return id;
	}

	void update(long id, AdvisoryDraft d, Instant now) {
		this.jdbc.sql("""
				update advisory set number = ?, issued_on = ?, issuer = ?, signer = ?, title = ?, subject = ?,
				    body_md = ?, category = ?, severity = ?, message_type = ?, expires_on = ?, public = ?,
				    audience_everyone = ?, audience_units = ?, audience_roles = ?, quiz_pass_percent = ?,
				    updated_at = ?
				where id = ?""")
			.params(blankToNull(d.number()), d.issuedOn(), d.issuer(), d.signer(), d.title(), d.subject(),
					d.bodyMarkdown(), d.category().name(), d.severity().name(), d.messageType().name(), d.expiresOn(),
					d.publicAdvisory(), d.audience().everyone(), d.audience().unitIds().toArray(new Long[0]),
					d.audience().roles().toArray(new String[0]), d.questions().isEmpty() ? null : d.quizPassPercent(),
					ts(now), id)
			.update();
		this.jdbc.sql("delete from advisory_reference where advisory_id = ?").param(id).update();
		int position = 0;
		for (String reference : d.references()) {
			this.jdbc.sql("insert into advisory_reference (advisory_id, position, ref_number) values (?, ?, ?)")
				.params(id, position++, reference)
				.update();
		}
		this.jdbc.sql("delete from advisory_question where advisory_id = ?").param(id).update();
		position = 0;
		for (QuizQuestion q : d.questions()) {
			this.jdbc.sql("""
					insert into advisory_question (advisory_id, position, question, options, correct)
					values (?, ?, ?, ?, ?)""")
				.params(id, position++, q.question(), String.join("\n", q.options()), q.correct())
				.update();
		}
	}

	void setAttachment(long id, UUID evidenceId, @Nullable String name, String contentType, Instant now) {
		this.jdbc.sql("""
				update advisory set attachment_id = ?, attachment_name = ?, attachment_type = ?, updated_at = ?
				where id = ?""").params(evidenceId, name, contentType, ts(now), id).update();
	}

	/**
	 * Moves an advisory from one status to another; false when it was not in {@code from}
	 * (someone else moved it first).
	 */
	boolean transition(long id, AdvisoryStatus from, AdvisoryStatus to, @Nullable String note, Instant now) {
		return this.jdbc.sql("""
				update advisory set status = ?, reviewer_note = coalesce(?, reviewer_note), updated_at = ?
				where id = ? and status = ?""").params(to.name(), note, ts(now), id, from.name()).update() == 1;
	}

	boolean markPublished(long id, long publisherAccountId, Instant now) {
		return this.jdbc.sql("""
				update advisory set status = 'PUBLISHED', publisher_account_id = ?, published_at = ?, updated_at = ?
				where id = ? and status = 'REVIEW' and author_account_id <> ?""")
			.params(publisherAccountId, ts(now), ts(now), id, publisherAccountId)
			.update() == 1;
	}

	boolean markWithdrawn(long id, String reason, Instant now) {
		return this.jdbc.sql("""
				update advisory set status = 'WITHDRAWN', withdrawn_at = ?, withdrawn_reason = ?, updated_at = ?
				where id = ? and status = 'PUBLISHED'""").params(ts(now), reason, ts(now), id).update() == 1;
	}

	int resolveAudience(long id, Instant now, boolean late, @Nullable Long personId) {
		return this.jdbc.sql(AdvisorySql.RESOLVE_AUDIENCE).params(id, id, ts(now), late, personId, personId).update();
	}

	Optional<Advisory> find(long id) {
		return this.jdbc.sql("select * from advisory where id = ?").param(id).query(this::advisory).optional();
	}

	Optional<Long> idByNumber(String number) {
		return this.jdbc.sql("select id from advisory where lower(number) = lower(?)")
			.param(number.strip())
			.query(Long.class)
			.optional();
	}

	boolean numberTaken(String number, @Nullable Long exceptId) {
		return this.jdbc.sql("select count(*) from advisory where lower(number) = lower(?) and id <> ?")
			.params(number.strip(), (exceptId != null) ? exceptId : -1L)
			.query(Long.class)
			.single() > 0;
	}

	List<Advisory> all() {
		return this.jdbc.sql("select * from advisory order by coalesce(published_at, updated_at) desc, id desc")
			.query(this::advisory)
			.list();
	}

	List<Advisory> withStatus(AdvisoryStatus... statuses) {
		return this.jdbc.sql("""
				select * from advisory where status = any(?)
				order by coalesce(published_at, updated_at) desc, id desc""")
			.param(Arrays.stream(statuses).map(Enum::name).toArray(String[]::new))
			.query(this::advisory)
			.list();
	}

	List<Advisory> publicOnes() {
		return this.jdbc.sql("""
				select * from advisory where public and status in ('PUBLISHED', 'WITHDRAWN')
				order by published_at desc, id desc limit 200""").query(this::advisory).list();
	}

	List<Long> activePublishedIds(LocalDate today) {
		return this.jdbc.sql("""
				select id from advisory where status = 'PUBLISHED' and (expires_on is null or expires_on >= ?)
				order by id""").param(today).query(Long.class).list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from advisory").query(Long.class).single();
	}

	// Per-person records

	List<InboxItem> inbox(long personId) {
		return this.jdbc.sql("""
				select a.id, a.number, a.title, a.subject, a.severity, a.issued_on, a.expires_on, a.status,
				       exists (select 1 from advisory_question q where q.advisory_id = a.id) as has_quiz, r.*
				from advisory_recipient r join advisory a on a.id = r.advisory_id
				where r.person_id = ? and a.status in ('PUBLISHED', 'WITHDRAWN')
				order by a.published_at desc, a.id desc""")
			.param(personId)
			.query((rs, i) -> new InboxItem(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
					rs.getString("subject"), Severity.valueOf(rs.getString("severity")),
					rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
					AdvisoryStatus.valueOf(rs.getString("status")), rs.getBoolean("has_quiz"), receipt(rs)))
			.list();
	}

	Optional<Receipt> receipt(long advisoryId, long personId) {
		return this.jdbc.sql("select * from advisory_recipient where advisory_id = ? and person_id = ?")
			.params(advisoryId, personId)
			.query((rs, i) -> receipt(rs))
			.optional();
	}

	/** Marks delivered (in the portal) all of a person's records not yet delivered. */
	int markDeliveredInApp(long personId, Instant now) {
		return this.jdbc.sql("""
				update advisory_recipient set delivered_at = ? where person_id = ? and delivered_at is null
				and advisory_id in (select id from advisory where status = 'PUBLISHED')""")
			.params(ts(now), personId)
			.update();
	}

	boolean markOpened(long advisoryId, long personId, Instant now) {
		return this.jdbc.sql("""
				update advisory_recipient set opened_at = ?, delivered_at = coalesce(delivered_at, ?)
				where advisory_id = ? and person_id = ? and opened_at is null""")
			.params(ts(now), ts(now), advisoryId, personId)
			.update() == 1;
	}

	/**
	 * The single acknowledgement: only the first of any number of concurrent requests
	 * changes the row (the others wait for its lock, then find it set).
	 */
	boolean markAcknowledged(long advisoryId, long personId, Instant now) {
		return this.jdbc.sql("""
				update advisory_recipient set acknowledged_at = ?, opened_at = coalesce(opened_at, ?),
				    delivered_at = coalesce(delivered_at, ?)
				where advisory_id = ? and person_id = ? and acknowledged_at is null""")
			.params(ts(now), ts(now), ts(now), advisoryId, personId)
			.update() == 1;
	}

	void recordQuizAttempt(long advisoryId, long personId, int score, boolean passed, Instant now) {
		this.jdbc.sql("""
				update advisory_recipient set quiz_attempts = quiz_attempts + 1,
				    quiz_best = greatest(coalesce(quiz_best, 0), ?),
				    quiz_passed_at = case when ? and quiz_passed_at is null then ? else quiz_passed_at end
				where advisory_id = ? and person_id = ?""")
			.params(score, passed, ts(now), advisoryId, personId)
			.update();
	}

	int recipientCount(long advisoryId) {
		return this.jdbc.sql("select count(*) from advisory_recipient where advisory_id = ?")
			.param(advisoryId)
			.query(Integer.class)
			.single();
	}

	// Compliance

	Map<Long, ComplianceCounts> breakdown(@Nullable Long rootId, long advisoryId) {
		Map<Long, ComplianceCounts> result = new LinkedHashMap<>();
		this.jdbc.sql(AdvisorySql.BREAKDOWN)
			.params(rootId, advisoryId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> result.put(rs.getLong("unit_id"),
					counts(rs)));
		return result;
	}

	ComplianceCounts direct(long advisoryId, long unitId) {
		return this.jdbc.sql(AdvisorySql.DIRECT).params(advisoryId, unitId).query((rs, i) -> counts(rs)).single();
	}

	List<PendingPerson> people(long advisoryId, @Nullable Long rootId, boolean onlyPending, int limit) {
		return this.jdbc.sql(AdvisorySql.PEOPLE)
			.params(rootId, advisoryId, rootId, onlyPending, limit)
			.query((rs, i) -> new PendingPerson(rs.getLong("person_id"), rs.getString("full_name"),
					rs.getString("position"), rs.getString("unit_name"), instant(rs, "added_at"),
					instant(rs, "delivered_at"), instant(rs, "opened_at"), instant(rs, "acknowledged_at"),
					instant(rs, "quiz_passed_at"), rs.getInt("quiz_attempts"), rs.getInt("reminders")))
			.list();
	}

	/** Figures per advisory within a subtree (everything when the root is null). */
	Map<Long, ComplianceCounts> countsByAdvisory(@Nullable Long rootId) {
		Map<Long, ComplianceCounts> result = new LinkedHashMap<>();
		this.jdbc.sql("""
				with recursive tree(id) as (
				    select id from org_unit where id = cast(? as bigint)
				    union all
				    select c.id from org_unit c join tree t on c.parent_id = t.id)
				select r.advisory_id, count(*) as total, count(r.delivered_at) as delivered,
				       count(r.opened_at) as opened, count(r.acknowledged_at) as acknowledged,
				       count(r.quiz_passed_at) as passed
				from advisory_recipient r
				where cast(? as bigint) is null or r.unit_id in (select id from tree)
				group by r.advisory_id""")
			.params(rootId, rootId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> result.put(rs.getLong("advisory_id"),
					counts(rs)));
		return result;
	}

	// Mapping

	private Advisory advisory(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<String> references = this.jdbc
			.sql("select ref_number from advisory_reference where advisory_id = ? order by position")
			.param(id)
			.query(String.class)
			.list();
		List<QuizQuestion> questions = this.jdbc
			.sql("select * from advisory_question where advisory_id = ? order by position")
			.param(id)
			.query((q, i) -> new QuizQuestion(q.getString("question"), List.of(q.getString("options").split("\n")),
					q.getInt("correct")))
			.list();
		return new Advisory(id, rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
				rs.getString("issuer"), rs.getString("signer"), rs.getString("title"), rs.getString("subject"),
				rs.getString("body_md"), ScamCategory.valueOf(rs.getString("category")),
				Severity.valueOf(rs.getString("severity")), MessageType.valueOf(rs.getString("message_type")),
				rs.getObject("expires_on", LocalDate.class), rs.getBoolean("public"),
				AdvisoryStatus.valueOf(rs.getString("status")), rs.getLong("author_account_id"),
				rs.getString("author_name"), rs.getString("reviewer_note"),
				rs.getObject("publisher_account_id", Long.class), instant(rs, "published_at"),
				instant(rs, "withdrawn_at"), rs.getString("withdrawn_reason"),
				rs.getObject("attachment_id", UUID.class), rs.getString("attachment_name"),
				rs.getString("attachment_type"),
				new Audience(rs.getBoolean("audience_everyone"), longs(rs.getArray("audience_units")),
						strings(rs.getArray("audience_roles"))),
				rs.getObject("quiz_pass_percent", Integer.class), instant(rs, "created_at"), instant(rs, "updated_at"),
				references, questions);
	}

	private static Receipt receipt(ResultSet rs) throws SQLException {
		return new Receipt(rs.getLong("advisory_id"), rs.getLong("person_id"), rs.getLong("unit_id"),
				instant(rs, "added_at"), rs.getBoolean("late"), instant(rs, "delivered_at"), instant(rs, "opened_at"),
				instant(rs, "acknowledged_at"), instant(rs, "quiz_passed_at"), rs.getInt("quiz_attempts"),
				rs.getObject("quiz_best", Integer.class), rs.getInt("reminders"));
	}

	private static ComplianceCounts counts(ResultSet rs) throws SQLException {
		return new ComplianceCounts(rs.getLong("total"), rs.getLong("delivered"), rs.getLong("opened"),
				rs.getLong("acknowledged"), rs.getLong("passed"));
	}

	private static List<Long> longs(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<Long> result = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			result.add(((Number) value).longValue());
		}
		return result;
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			result.add((String) value);
		}
		return result;
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
