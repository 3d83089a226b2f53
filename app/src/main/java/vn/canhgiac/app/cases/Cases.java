package vn.canhgiac.app.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * Case rows. Every read that takes a viewer filters by what the viewer may see, in SQL.
 */
@Repository
class Cases {

	private static final String SELECT = """
			select pc.*, p.full_name as assignee_name from police_case pc
			left join user_account a on a.id = pc.assignee_id left join person p on p.id = a.person_id
			""";

	/**
	 * Police administrators see every case; officers their station's and those shared
	 * with it; everyone else nothing.
	 */
	private static final String VISIBLE = """
			(:admin or (:officer and (
			    pc.station_id in (select id from police_station where unit_id = :unit)
			    or exists (select 1 from case_share s join police_station ps on ps.id = s.station_id
			               where s.case_id = pc.id and ps.unit_id = :unit))))""";

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID open(UUID reportId, @Nullable Long stationId, String category, Instant at) {
		UUID id = UUID.randomUUID();
		long number = this.jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
		String ref = "VV-" + Year.now().getValue() + "-" + String.format("%06d", number);
		this.jdbc.sql("""
				insert into police_case (id, ref, report_id, station_id, status, category, created_at, updated_at)
				values (?, ?, ?, ?, 'NEW', ?, ?, ?)""")
			.params(id, ref, reportId, stationId, category, Timestamp.from(at), Timestamp.from(at))
			.update();
		return id;
	}

	Optional<PoliceCase> visible(UUID id, AuthenticatedPerson viewer) {
		return this.jdbc.sql(SELECT + " where pc.id = :id and " + VISIBLE)
			.params(viewerParams(viewer, Map.of("id", id)))
			.query(Cases::map)
			.optional();
	}

	Optional<PoliceCase> byId(UUID id) {
		return this.jdbc.sql(SELECT + " where pc.id = :id").param("id", id).query(Cases::map).optional();
	}

	Optional<PoliceCase> byReport(UUID reportId) {
		return this.jdbc.sql(SELECT + " where pc.report_id = :id").param("id", reportId).query(Cases::map).optional();
	}

	List<PoliceCase> inbox(AuthenticatedPerson viewer, @Nullable CaseStatus status, boolean mine, int limit) {
		return this.jdbc.sql(SELECT + " where " + VISIBLE + """
				 and (:status = '' or pc.status = :status)
				 and (not :mine or pc.assignee_id = :me)
				order by case pc.status when 'NEW' then 0 when 'TRIAGED' then 1 when 'INVESTIGATING' then 2 else 3 end,
				         case pc.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end,
				         pc.created_at desc
				limit :limit""")
			.params(viewerParams(viewer,
					Map.of("status", (status != null) ? status.name() : "", "mine", mine, "me", viewer.accountId(),
							"limit", limit)))
			.query(Cases::map)
			.list();
	}

	List<PoliceCase> all() {
		return this.jdbc.sql(SELECT + " order by pc.ref").query(Cases::map).list();
	}

	void triage(UUID id, String category, CaseSeverity severity) {
		this.jdbc.sql("""
				update police_case set category = ?, severity = ?, updated_at = now(),
				    status = case when status = 'NEW' then 'TRIAGED' else status end,
				    first_action_at = coalesce(first_action_at, now()) where id = ?""")
			.params(category, severity.name(), id)
			.update();
	}

	void assign(UUID id, @Nullable Long accountId) {
		this.jdbc.sql("""
				update police_case set assignee_id = ?, updated_at = now(),
				    first_action_at = coalesce(first_action_at, now()) where id = ?""").params(accountId, id).update();
	}

	void moveTo(UUID id, CaseStatus status, @Nullable String resolution) {
		this.jdbc.sql("""
				update police_case set status = ?, resolution = coalesce(?, resolution), updated_at = now(),
				    first_action_at = coalesce(first_action_at, now()),
				    closed_at = case when ? in ('CLOSED', 'REFERRED') then now() else null end where id = ?""")
			.params(status.name(), resolution, status.name(), id)
			.update();
	}

	void mergeInto(UUID id, UUID target, String resolution) {
		this.jdbc.sql("""
				update police_case set merged_into = ?, status = 'CLOSED', resolution = ?, updated_at = now(),
				    closed_at = now(), first_action_at = coalesce(first_action_at, now()) where id = ?""")
			.params(target, resolution, id)
			.update();
	}

	void share(UUID id, long stationId) {
		this.jdbc.sql("insert into case_share (case_id, station_id) values (?, ?) on conflict do nothing")
			.params(id, stationId)
			.update();
	}

	List<Long> sharedWith(UUID id) {
		return this.jdbc.sql("select station_id from case_share where case_id = ? order by station_id")
			.param(id)
			.query(Long.class)
			.list();
	}

	List<String> mergedFrom(UUID id) {
		return this.jdbc.sql("select ref from police_case where merged_into = ? order by ref")
			.param(id)
			.query(String.class)
			.list();
	}

	long addTask(UUID caseId, String title, @Nullable Long assigneeId, long createdBy) {
		return this.jdbc
			.sql("insert into case_task (case_id, title, assignee_id, created_by) values (?, ?, ?, ?) returning id")
			.params(caseId, title, assigneeId, createdBy)
			.query(Long.class)
			.single();
	}

	boolean completeTask(UUID caseId, long taskId) {
		return this.jdbc.sql("update case_task set done_at = now() where id = ? and case_id = ? and done_at is null")
			.params(taskId, caseId)
			.update() == 1;
	}

	List<CaseTask> tasks(UUID caseId) {
		return this.jdbc.sql("""
				select t.*, p.full_name from case_task t left join user_account a on a.id = t.assignee_id
				left join person p on p.id = a.person_id where t.case_id = ? order by t.done_at nulls first, t.id""")
			.param(caseId)
			.query((rs, i) -> new CaseTask(rs.getLong("id"), rs.getString("title"), rs.getString("full_name"),
					rs.getTimestamp("created_at").toInstant(), instant(rs, "done_at")))
			.list();
	}

	void addNote(UUID caseId, long authorId, String body) {
		this.jdbc.sql("insert into case_note (case_id, author_id, body) values (?, ?, ?)")
			.params(caseId, authorId, body)
			.update();
	}

	List<CaseNote> notes(UUID caseId) {
		return this.jdbc.sql("""
				select n.*, coalesce(p.full_name, a.username) as author from case_note n
				join user_account a on a.id = n.author_id left join person p on p.id = a.person_id
				where n.case_id = ? order by n.at, n.id""")
			.param(caseId)
			.query((rs, i) -> new CaseNote(rs.getLong("id"), rs.getString("author"), rs.getString("body"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	void addIndicator(UUID caseId, String type, String value, String origin) {
		this.jdbc
			.sql("insert into case_indicator (case_id, type, value, origin) values (?, ?, ?, ?) on conflict do nothing")
			.params(caseId, type, value, origin)
			.update();
	}

	List<CaseIndicator> indicators(UUID caseId) {
		return this.jdbc.sql("select type, value, origin from case_indicator where case_id = ? order by type, value")
			.param(caseId)
			.query((rs, i) -> new CaseIndicator(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static Map<String, Object> viewerParams(AuthenticatedPerson viewer, Map<String, Object> others) {
		Map<String, Object> params = new HashMap<>(others);
		params.put("admin", viewer.hasRole("POLICE_ADMIN"));
		params.put("officer", viewer.hasRole("POLICE_OFFICER"));
		// -1 matches no unit: a null would make the comparisons unknown, which is also
		// "no".
		params.put("unit", (viewer.unitId() != null) ? viewer.unitId() : -1L);
		return params;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	private static PoliceCase map(ResultSet rs, int row) throws SQLException {
		String severity = rs.getString("severity");
		return new PoliceCase(rs.getObject("id", UUID.class), rs.getString("ref"),
				rs.getObject("report_id", UUID.class), rs.getObject("station_id", Long.class),
				CaseStatus.valueOf(rs.getString("status")), rs.getString("category"),
				(severity != null) ? CaseSeverity.valueOf(severity) : null, rs.getObject("assignee_id", Long.class),
				rs.getString("assignee_name"), rs.getString("resolution"), rs.getObject("merged_into", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				instant(rs, "first_action_at"), instant(rs, "closed_at"));
	}

}
