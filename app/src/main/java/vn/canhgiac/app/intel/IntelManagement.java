package vn.canhgiac.app.intel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * The intel module's API: public lookup, related cases and campaigns for case pages, and
 * the police's blacklist decisions. Sightings arrive as {@link IndicatorsObserved}
 * events.
 */
@Service
public class IntelManagement {

	/** Cases drawn in one campaign graph. */
	public static final int GRAPH_LIMIT = 60;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final IntelStore store;

	private final Campaigns campaigns;

	private final FingerprintIndexes fingerprints;

	private final IntelProperties properties;

	private final AuditTrail audit;

	private final SightingRecorder recorder;

	private final Clock clock;

	IntelManagement(JdbcClient jdbc, IntelStore store, Campaigns campaigns, FingerprintIndexes fingerprints,
			IntelProperties properties, AuditTrail audit, SightingRecorder recorder, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.campaigns = campaigns;
		this.fingerprints = fingerprints;
		this.properties = properties;
		this.audit = audit;
		this.recorder = recorder;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- public lookup

	/**
	 * What the public may know about a value typed into the lookup box: the verdict, a
	 * bucketed count and the month last seen. A phone is also looked up as a Zalo number
	 * and a link also by its host. False positives, allowlisted values, values only ever
	 * checked (never reported) and TLP:RED entries answer {@code unknown}.
	 */
	@Transactional(readOnly = true)
	public LookupResult lookup(String rawValue) {
		Optional<IndicatorValues.Typed> guessed = IndicatorValues.guess(rawValue);
		if (guessed.isEmpty()) {
			return new LookupResult(null, null, LookupResult.UNKNOWN, "0", null);
		}
		return lookup(guessed.get());
	}

	/**
	 * The lookup answer for a value whose type is known (a check's indicator), with the
	 * exact number of reports for staff pages: "seen in N reports".
	 * @param type wire name, e.g. {@code phone}
	 * @param normalized the value in normal form
	 */
	@Transactional(readOnly = true)
	public Standing standing(String type, String normalized) {
		Optional<IndicatorValues.Typed> typed = IndicatorKind.fromWireName(type)
			.flatMap((kind) -> IndicatorValues.normalize(kind, normalized));
		if (typed.isEmpty()) {
			return new Standing(LookupResult.UNKNOWN, 0);
		}
		LookupResult result = lookup(typed.get());
		long reports = this.store.find(typed.get().kind(), typed.get().value())
			.map(IndicatorRow::reportCount)
			.orElse(0);
		return new Standing(result.verdict(), reports);
	}

	/**
	 * A value's public verdict and its exact report count.
	 *
	 * @param verdict as in {@link LookupResult#verdict()}
	 * @param reports reports and feed entries that named it
	 */
	public record Standing(String verdict, long reports) {

	}

	private LookupResult lookup(IndicatorValues.Typed typed) {
		List<IndicatorValues.Typed> candidates = new ArrayList<>();
		candidates.add(typed);
		if (typed.kind() == IndicatorKind.PHONE) {
			candidates.add(new IndicatorValues.Typed(IndicatorKind.ZALO, typed.value()));
		}
		else if (typed.kind() == IndicatorKind.ZALO) {
			candidates.add(new IndicatorValues.Typed(IndicatorKind.PHONE, typed.value()));
		}
		else if (typed.kind() == IndicatorKind.URL) {
			IndicatorValues.hostOfUrl(typed.value())
				.ifPresent((host) -> candidates.add(new IndicatorValues.Typed(IndicatorKind.DOMAIN, host)));
		}
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		for (IndicatorValues.Typed candidate : candidates) {
			where.append(where.isEmpty() ? "" : " or ").append("(type = ? and value = ?)");
			params.add(candidate.kind().wireName());
			params.add(candidate.value());
		}
		List<IndicatorRow> rows = this.jdbc.sql("select " + IntelStore.COLUMNS + " from intel_indicator where " + where)
			.params(params)
			.query(IntelStore::row)
			.list();
		String verdict = LookupResult.UNKNOWN;
		long reports = 0;
		Instant lastSeen = null;
		for (IndicatorRow row : rows) {
			boolean exact = row.type().equals(typed.kind().wireName()) && row.value().equals(typed.value());
			if (exact && (row.status().equals("false_positive") || row.status().equals("allowlisted"))) {
				return new LookupResult(typed.value(), typed.kind().wireName(), LookupResult.UNKNOWN, "0", null);
			}
		}
		for (IndicatorRow row : rows) {
			if (row.tlp().equals("red")) {
				continue;
			}
			long count = Math.max(row.reportCount(), row.caseCount());
			if (row.status().equals("confirmed")) {
				verdict = LookupResult.CONFIRMED;
			}
			else if (!row.status().equals("reported") || count == 0) {
				continue;
			}
			else if (!verdict.equals(LookupResult.CONFIRMED)) {
				verdict = LookupResult.REPORTED;
			}
			reports += count;
			lastSeen = (lastSeen == null || row.lastSeen().isAfter(lastSeen)) ? row.lastSeen() : lastSeen;
		}
		if (verdict.equals(LookupResult.UNKNOWN)) {
			return new LookupResult(typed.value(), typed.kind().wireName(), LookupResult.UNKNOWN, "0", null);
		}
		return new LookupResult(typed.value(), typed.kind().wireName(), verdict, LookupResult.bucket(reports),
				(lastSeen != null) ? MONTH.format(lastSeen) : null);
	}

	/**
	 * "Seen in N reports": reports and imported feed entries that named this value.
	 * @param type wire name, e.g. {@code phone}
	 * @param normalized the value (normalised again here)
	 */
	@Transactional(readOnly = true)
	public long reportCount(String type, String normalized) {
		return IndicatorKind.fromWireName(type)
			.flatMap((kind) -> IndicatorValues.normalize(kind, normalized))
			.flatMap((typed) -> this.store.find(typed.kind(), typed.value()))
			.map((row) -> (long) row.reportCount())
			.orElse(0L);
	}

	// ---------------------------------------------------------------- case pages

	/**
	 * Other cases linked to this one, with the values that link them, most links first.
	 * Computed from the sightings; flagged, rejected and allowlisted values do not link.
	 */
	@Transactional(readOnly = true)
	public List<RelatedCase> relatedCases(UUID caseId) {
		Map<UUID, List<RelatedCase.SharedIndicator>> byCase = new LinkedHashMap<>();
		int limit = this.properties.overCorrelationCases() + 1;
		for (IndicatorRow indicator : this.store.indicatorsOfCase(caseId)) {
			for (IndicatorRow linking : this.campaigns.linkingIndicators(indicator)) {
				for (UUID other : this.store.casesOf(linking.id(), caseId, limit)) {
					List<RelatedCase.SharedIndicator> shared = byCase.computeIfAbsent(other, (k) -> new ArrayList<>());
					if (shared.stream().noneMatch((s) -> s.indicatorId() == indicator.id())) {
						shared.add(new RelatedCase.SharedIndicator(indicator.id(), indicator.type(), indicator.value(),
								linking.id() != indicator.id()));
					}
				}
			}
		}
		List<RelatedCase> related = new ArrayList<>();
		byCase.forEach((other, shared) -> {
			UUID campaign = this.campaigns.campaignOf(other);
			related.add(new RelatedCase(other, (campaign != null) ? campaign : other, List.copyOf(shared)));
		});
		related.sort(Comparator.comparingInt((RelatedCase r) -> -r.shared().size()));
		return related;
	}

	/** The campaign of a case, if intel has seen the case. */
	@Transactional(readOnly = true)
	public Optional<UUID> campaignOf(UUID caseId) {
		return Optional.ofNullable(this.campaigns.campaignOf(caseId));
	}

	/** Campaigns of two or more cases, most recently grown first. */
	@Transactional(readOnly = true)
	public List<CampaignGraph.Summary> campaigns(int limit) {
		return this.jdbc
			.sql("select id, size, updated_at from intel_campaign where size > 1 order by updated_at desc limit ?")
			.param(limit)
			.query((rs, i) -> new CampaignGraph.Summary(rs.getObject("id", UUID.class), rs.getInt("size"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** One campaign with its cases and linking values. */
	@Transactional(readOnly = true)
	public Optional<CampaignGraph> campaign(UUID id) {
		Optional<CampaignGraph.Summary> summary = this.jdbc
			.sql("select id, size, updated_at from intel_campaign where id = ?")
			.param(id)
			.query((rs, i) -> new CampaignGraph.Summary(rs.getObject("id", UUID.class), rs.getInt("size"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
		if (summary.isEmpty()) {
			return Optional.empty();
		}
		List<UUID> cases = this.jdbc
			.sql("select case_id from intel_case where campaign_id = ? order by linked_at, case_id limit ?")
			.params(id, GRAPH_LIMIT)
			.query(UUID.class)
			.list();
		Map<Long, IndicatorRow> rows = new LinkedHashMap<>();
		Map<Long, List<Integer>> casesOf = new LinkedHashMap<>();
		for (int i = 0; i < cases.size(); i++) {
			for (IndicatorRow row : this.store.indicatorsOfCase(cases.get(i))) {
				if (row.links()) {
					rows.putIfAbsent(row.id(), row);
					List<Integer> list = casesOf.computeIfAbsent(row.id(), (k) -> new ArrayList<>());
					list.add(i);
				}
			}
		}
		// Near-duplicate pictures and texts: one node for each group of close values.
		List<Long> ids = new ArrayList<>(rows.keySet());
		for (int a = 0; a < ids.size(); a++) {
			IndicatorRow first = rows.get(ids.get(a));
			IndicatorKind kind = IndicatorKind.fromWireName(first.type()).orElseThrow();
			if (!kind.isFingerprint() || !casesOf.containsKey(first.id())) {
				continue;
			}
			int distance = (kind == IndicatorKind.IMAGE_HASH) ? this.properties.imageHashDistance()
					: this.properties.textDistance();
			for (int b = a + 1; b < ids.size(); b++) {
				IndicatorRow second = rows.get(ids.get(b));
				if (second.type().equals(first.type()) && casesOf.containsKey(second.id())
						&& Long.bitCount(Long.parseUnsignedLong(first.value(), 16)
								^ Long.parseUnsignedLong(second.value(), 16)) <= distance) {
					List<Integer> merged = casesOf.get(first.id());
					for (Integer c : casesOf.remove(second.id())) {
						if (!merged.contains(c)) {
							merged.add(c);
						}
					}
				}
			}
		}
		List<CampaignGraph.Node> nodes = new ArrayList<>();
		casesOf.forEach((indicatorId, caseIndexes) -> {
			if (caseIndexes.size() >= 2) {
				IndicatorRow row = rows.get(indicatorId);
				nodes.add(new CampaignGraph.Node(row.id(), row.type(), row.value(), List.copyOf(caseIndexes)));
			}
		});
		CampaignGraph.Summary s = summary.get();
		return Optional.of(new CampaignGraph(s.id(), s.size(), s.updatedAt(), cases, nodes, s.size() > cases.size()));
	}

	// ---------------------------------------------------------------- police

	/**
	 * Indicators for the police list: by value (any writing), status and type, newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<IndicatorRow> search(@Nullable String query, @Nullable String status, @Nullable String type,
			int limit) {
		StringBuilder sql = new StringBuilder("select " + IntelStore.COLUMNS + " from intel_indicator where true");
		List<Object> params = new ArrayList<>();
		if (query != null && !query.isBlank()) {
			Optional<IndicatorValues.Typed> typed = IndicatorValues.guess(query);
			sql.append(" and (value like ? escape '\\'");
			params.add(query.strip()
				.toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%");
			if (typed.isPresent()) {
				sql.append(" or value = ?");
				params.add(typed.get().value());
			}
			sql.append(")");
		}
		if (status != null && !status.isBlank()) {
			sql.append(" and status = ?");
			params.add(status);
		}
		if (type != null && !type.isBlank()) {
			sql.append(" and type = ?");
			params.add(type);
		}
		sql.append(" order by last_seen desc, id desc limit ?");
		params.add(limit);
		return this.jdbc.sql(sql.toString()).params(params).query(IntelStore::row).list();
	}

	@Transactional(readOnly = true)
	public Optional<IndicatorRow> indicator(long id) {
		return this.store.byId(id);
	}

	/** Sightings of an indicator by source kind, and the cases it was seen in. */
	@Transactional(readOnly = true)
	public SightingSummary sightings(long indicatorId) {
		Map<String, Integer> bySource = new LinkedHashMap<>();
		this.jdbc.sql("select source, count(*) from intel_sighting where indicator_id = ? group by source order by 1")
			.param(indicatorId)
			.query((rs) -> {
				bySource.put(rs.getString(1), rs.getInt(2));
			});
		List<UUID> cases = this.store.casesOf(indicatorId, null, 100);
		return new SightingSummary(bySource, cases);
	}

	/** Sightings by source, and up to 100 cases. */
	public record SightingSummary(Map<String, Integer> bySource, List<UUID> cases) {

	}

	/**
	 * First step of putting a value on the public blacklist: one officer proposes, a
	 * second confirms.
	 */
	@Transactional
	public IndicatorRow proposeConfirmation(long id, AuthenticatedPerson officer, String reason) {
		IndicatorRow row = forUpdate(id);
		requireReason(reason);
		if (!row.status().equals("reported")) {
			throw new IntelRefused("Chỉ xác nhận được giá trị đang ở trạng thái \"được báo cáo\".",
					"Only a value in the \"reported\" state can be confirmed.");
		}
		if (row.proposedBy() != null) {
			throw new IntelRefused("Đã có cán bộ đề nghị xác nhận; cần một cán bộ khác xác nhận.",
					"Confirmation was already proposed; another officer must confirm it.");
		}
		this.jdbc.sql("update intel_indicator set proposed_by = ?, proposed_at = ?, proposed_reason = ? where id = ?")
			.params(officer.accountId(), Timestamp.from(this.clock.instant()), reason.strip(), id)
			.update();
		this.audit.record(officer, "intel.indicator.propose-confirm", "indicator", Long.toString(id), null,
				Map.of("type", row.type()));
		return this.store.byId(id).orElseThrow();
	}

	/** Second step: another officer confirms; the value goes on the public blacklist. */
	@Transactional
	public IndicatorRow confirm(long id, AuthenticatedPerson officer, String reason) {
		IndicatorRow row = forUpdate(id);
		requireReason(reason);
		if (!row.awaitingSecondOfficer()) {
			throw new IntelRefused("Cần một cán bộ đề nghị xác nhận trước.",
					"An officer must propose the confirmation first.");
		}
		if (row.proposedBy() == officer.accountId()) {
			throw new IntelRefused("Người đề nghị không thể tự xác nhận: cần một cán bộ thứ hai.",
					"The proposer cannot confirm: a second officer must.");
		}
		decide(row, "confirmed", officer, reason, "intel.indicator.confirm");
		return this.store.byId(id).orElseThrow();
	}

	/** Rejects a value as a false positive: it stops linking cases and leaves lookups. */
	@Transactional
	public IndicatorRow reject(long id, AuthenticatedPerson officer, String reason) {
		IndicatorRow row = forUpdate(id);
		requireReason(reason);
		decide(row, "false_positive", officer, reason, "intel.indicator.reject");
		return this.store.byId(id).orElseThrow();
	}

	/**
	 * Puts a value on the allowlist (a bank hotline, an official number): it never links
	 * cases.
	 */
	@Transactional
	public IndicatorRow allowlist(long id, AuthenticatedPerson officer, String reason) {
		IndicatorRow row = forUpdate(id);
		requireReason(reason);
		if (!officer.hasRole("POLICE_ADMIN")) {
			throw new IntelRefused("Chỉ quản trị công an được đưa vào danh sách an toàn.",
					"Only a police administrator may allowlist a value.");
		}
		decide(row, "allowlisted", officer, reason, "intel.indicator.allowlist");
		return this.store.byId(id).orElseThrow();
	}

	private void decide(IndicatorRow row, String status, AuthenticatedPerson officer, String reason, String action) {
		this.jdbc.sql("""
				update intel_indicator set status = ?, decided_by = ?, decided_at = ?, decided_reason = ?,
				       proposed_by = case when ? = 'confirmed' then proposed_by end,
				       proposed_at = case when ? = 'confirmed' then proposed_at end,
				       proposed_reason = case when ? = 'confirmed' then proposed_reason end
				where id = ?""")
			.params(status, officer.accountId(), Timestamp.from(this.clock.instant()), reason.strip(), status, status,
					status, row.id())
			.update();
		this.audit.record(officer, action, "indicator", Long.toString(row.id()), null,
				Map.of("type", row.type(), "from", row.status(), "to", status));
		if (row.links() && !status.equals("confirmed")) {
			this.campaigns.lock();
			this.campaigns.rebuildAround(row.id());
		}
	}

	private IndicatorRow forUpdate(long id) {
		return this.jdbc.sql("select " + IntelStore.COLUMNS + " from intel_indicator where id = ? for update")
			.param(id)
			.query(IntelStore::row)
			.optional()
			.orElseThrow(() -> new IntelRefused("Không tìm thấy giá trị này.", "No such indicator."));
	}

	private static void requireReason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IntelRefused("Hãy ghi lý do.", "Give a reason.");
		}
		if (reason.length() > 2000) {
			throw new IntelRefused("Lý do quá dài (tối đa 2.000 ký tự).", "The reason is too long (2,000 at most).");
		}
	}

	// ---------------------------------------------------------------- feeds and tools

	/**
	 * Records indicators directly (feeds, the seeding command, tests); other modules
	 * publish {@link IndicatorsObserved} instead.
	 * @return number of new sightings
	 */
	public int record(IndicatorsObserved observed) {
		return this.recorder.record(observed);
	}

	int fingerprintDistance(IndicatorKind kind) {
		return (kind == IndicatorKind.IMAGE_HASH) ? this.properties.imageHashDistance()
				: this.properties.textDistance();
	}

	FingerprintIndexes fingerprints() {
		return this.fingerprints;
	}

}
