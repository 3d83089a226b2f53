package vn.canhgiac.app.intel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicators and sightings in PostgreSQL. */
@Repository
class IntelStore {

	static final String COLUMNS = "id, type, value, first_seen, last_seen, report_count, case_count, status, tlp, "
			+ "over_correlated, proposed_by, proposed_reason, decided_by, decided_reason, note";

	private final JdbcClient jdbc;

	IntelStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records one sighting, creating the indicator when new. A sighting already recorded
	 * (same indicator, source and source id) changes nothing.
	 */
	Recorded record(IndicatorKind kind, String value, String source, UUID sourceId, @Nullable UUID caseId, Instant at,
			@Nullable String note) {
		Timestamp when = Timestamp.from(at);
		// One round trip for the indicator (new or existing), one for the sighting and
		// the
		// counters: correlation runs on every report.
		IdCreated indicator = this.jdbc
			.sql("""
					with ins as (insert into intel_indicator (type, value, first_seen, last_seen, note)
					             values (?, ?, ?, ?, ?) on conflict (type, value) do nothing returning id)
					select id, true as created from ins
					union all
					select id, false from intel_indicator where type = ? and value = ? and not exists (select 1 from ins)""")
			.params(kind.wireName(), value, when, when, note, kind.wireName(), value)
			.query((rs, i) -> new IdCreated(rs.getLong(1), rs.getBoolean(2)))
			.optional()
			.orElseGet(() -> new IdCreated(this.jdbc.sql("select id from intel_indicator where type = ? and value = ?")
				.params(kind.wireName(), value)
				.query(Long.class)
				.single(), false));
		long id = indicator.id();
		boolean counts = source.equals("REPORT") || source.equals("FEED");
		List<Object[]> updated = this.jdbc
			.sql("""
					with prior as (select exists (select 1 from intel_sighting where indicator_id = ? and case_id = ?) as seen),
					     ins as (insert into intel_sighting (indicator_id, source, source_id, case_id, seen_at)
					             values (?, ?, ?, ?, ?) on conflict (indicator_id, source, source_id) do nothing returning 1)
					update intel_indicator set last_seen = greatest(last_seen, ?), first_seen = least(first_seen, ?),
					       report_count = report_count + ?,
					       case_count = case_count + (case when ?::uuid is not null and not (select seen from prior) then 1 else 0 end)
					where id = ? and exists (select 1 from ins)
					returning (select seen from prior)""")
			.params(id, caseId, id, source, sourceId, caseId, when, when, when, counts ? 1 : 0, caseId, id)
			.query((rs, i) -> new Object[] { rs.getBoolean(1) })
			.list();
		IndicatorRow row = byId(id).orElseThrow();
		if (updated.isEmpty()) {
			return new Recorded(row, indicator.created(), false, false);
		}
		boolean newCase = caseId != null && !((Boolean) updated.get(0)[0]);
		return new Recorded(row, indicator.created(), true, newCase);
	}

	private record IdCreated(long id, boolean created) {

	}

	Optional<IndicatorRow> byId(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from intel_indicator where id = ?")
			.param(id)
			.query(IntelStore::row)
			.optional();
	}

	Optional<IndicatorRow> find(IndicatorKind kind, String value) {
		return this.jdbc.sql("select " + COLUMNS + " from intel_indicator where type = ? and value = ?")
			.params(kind.wireName(), value)
			.query(IntelStore::row)
			.optional();
	}

	List<IndicatorRow> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from intel_indicator where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(IntelStore::row)
			.list();
	}

	/** Other cases with a sighting of this indicator. */
	List<UUID> casesOf(long indicatorId, @Nullable UUID except, int limit) {
		return this.jdbc
			.sql("""
					select distinct case_id from intel_sighting
					where indicator_id = ? and case_id is not null and case_id <> coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid)
					limit ?""")
			.params(indicatorId, except, limit)
			.query(UUID.class)
			.list();
	}

	/** Indicators sighted in a case. */
	List<IndicatorRow> indicatorsOfCase(UUID caseId) {
		return this.jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "i.$1") + """
				 from intel_indicator i
				where i.id in (select indicator_id from intel_sighting where case_id = ?)""")
			.param(caseId)
			.query(IntelStore::row)
			.list();
	}

	void flagOverCorrelated(long id) {
		this.jdbc.sql("update intel_indicator set over_correlated = true where id = ?").param(id).update();
	}

	static IndicatorRow row(ResultSet rs, int i) throws SQLException {
		return new IndicatorRow(rs.getLong("id"), rs.getString("type"), rs.getString("value"),
				rs.getTimestamp("first_seen").toInstant(), rs.getTimestamp("last_seen").toInstant(),
				rs.getInt("report_count"), rs.getInt("case_count"), rs.getString("status"), rs.getString("tlp"),
				rs.getBoolean("over_correlated"), (Long) rs.getObject("proposed_by"), rs.getString("proposed_reason"),
				(Long) rs.getObject("decided_by"), rs.getString("decided_reason"), rs.getString("note"));
	}

	/**
	 * What recording a sighting did.
	 *
	 * @param row the indicator after the sighting
	 * @param created the indicator was new
	 * @param newSighting the sighting was new (false: seen before, nothing changed)
	 * @param newCase the first sighting of this indicator in this case
	 */
	record Recorded(IndicatorRow row, boolean created, boolean newSighting, boolean newCase) {

	}

}
