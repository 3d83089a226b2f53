package vn.canhgiac.app.intel;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Campaigns: connected groups of cases that share a linking value. Kept incrementally as
 * one campaign id per case; joining two campaigns relabels the smaller one (union by
 * size), so no pair of cases is ever stored. When a value stops linking (flagged as
 * over-correlated, rejected, allowlisted) the campaigns it touched are rebuilt from the
 * sightings of their own cases.
 */
@Component
class Campaigns {

	/** Serialises correlation across nodes: campaign merges read then relabel. */
	static final long LOCK = 0x1c0ffee_6a3dL;

	private final JdbcClient jdbc;

	private final IntelStore store;

	private final FingerprintIndexes fingerprints;

	private final IntelProperties properties;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, IntelStore store, FingerprintIndexes fingerprints, IntelProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.fingerprints = fingerprints;
		this.properties = properties;
		this.clock = clock;
	}

	void lock() {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs) -> {
		});
	}

	/** The case's campaign id, creating a campaign of one. */
	UUID ensureCase(UUID caseId) {
		UUID existing = campaignOf(caseId);
		if (existing != null) {
			return existing;
		}
		UUID campaign = UUID.randomUUID();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("insert into intel_campaign (id, size, created_at, updated_at) values (?, 1, ?, ?)")
			.params(campaign, now, now)
			.update();
		this.jdbc.sql("insert into intel_case (case_id, campaign_id, linked_at) values (?, ?, ?)")
			.params(caseId, campaign, now)
			.update();
		return campaign;
	}

	@org.jspecify.annotations.Nullable
	UUID campaignOf(UUID caseId) {
		return this.jdbc.sql("select campaign_id from intel_case where case_id = ?")
			.param(caseId)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Links {@code caseId} with every case that shares this indicator (or, for
	 * fingerprints, a near-duplicate of it). Call under {@link #lock()}.
	 */
	void link(UUID caseId, IndicatorRow indicator) {
		if (!indicator.links()) {
			return;
		}
		for (UUID other : linkedCases(caseId, indicator)) {
			union(caseId, other);
		}
	}

	/** Cases linked to {@code caseId} through this indicator. */
	Set<UUID> linkedCases(UUID caseId, IndicatorRow indicator) {
		Set<UUID> cases = new LinkedHashSet<>();
		int limit = this.properties.overCorrelationCases() + 1;
		for (IndicatorRow linking : linkingIndicators(indicator)) {
			cases.addAll(this.store.casesOf(linking.id(), caseId, limit));
		}
		cases.remove(caseId);
		return cases;
	}

	/**
	 * The indicator itself and, for fingerprints, every stored near-duplicate, that may
	 * link.
	 */
	List<IndicatorRow> linkingIndicators(IndicatorRow indicator) {
		if (!indicator.links()) {
			return List.of();
		}
		IndicatorKind kind = IndicatorKind.fromWireName(indicator.type()).orElseThrow();
		if (!kind.isFingerprint()) {
			return List.of(indicator);
		}
		Set<Long> ids = new HashSet<>();
		int distance = (kind == IndicatorKind.IMAGE_HASH) ? this.properties.imageHashDistance()
				: this.properties.textDistance();
		this.fingerprints.near(kind, indicator.value(), distance, ids::add);
		ids.add(indicator.id());
		return this.store.byIds(ids).stream().filter(IndicatorRow::links).toList();
	}

	/** Joins the campaigns of two cases; the smaller is relabelled. */
	void union(UUID a, UUID b) {
		UUID campaignA = ensureCase(a);
		UUID campaignB = ensureCase(b);
		if (campaignA.equals(campaignB)) {
			return;
		}
		int sizeA = size(campaignA);
		int sizeB = size(campaignB);
		UUID keep = (sizeA >= sizeB) ? campaignA : campaignB;
		UUID drop = keep.equals(campaignA) ? campaignB : campaignA;
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("update intel_case set campaign_id = ?, linked_at = ? where campaign_id = ?")
			.params(keep, now, drop)
			.update();
		this.jdbc.sql("update intel_campaign set size = ?, updated_at = ? where id = ?")
			.params(sizeA + sizeB, now, keep)
			.update();
		this.jdbc.sql("delete from intel_campaign where id = ?").param(drop).update();
	}

	private int size(UUID campaign) {
		return this.jdbc.sql("select size from intel_campaign where id = ?")
			.param(campaign)
			.query(Integer.class)
			.single();
	}

	/**
	 * Rebuilds the campaigns of every case sighted with this indicator, after it stopped
	 * linking. Call under {@link #lock()}.
	 */
	void rebuildAround(long indicatorId) {
		Set<UUID> campaigns = new HashSet<>(this.jdbc.sql("""
				select distinct c.campaign_id from intel_sighting s join intel_case c on c.case_id = s.case_id
				where s.indicator_id = ?""").param(indicatorId).query(UUID.class).list());
		rebuild(campaigns);
	}

	void rebuild(Set<UUID> campaigns) {
		if (campaigns.isEmpty()) {
			return;
		}
		List<UUID> cases = new ArrayList<>(this.jdbc.sql("select case_id from intel_case where campaign_id = any(?)")
			.param(campaigns.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("delete from intel_case where campaign_id = any(?)")
			.param(campaigns.toArray(UUID[]::new))
			.update();
		this.jdbc.sql("delete from intel_campaign where id = any(?)").param(campaigns.toArray(UUID[]::new)).update();
		for (UUID caseId : cases) {
			UUID campaign = UUID.randomUUID();
			this.jdbc.sql("insert into intel_campaign (id, size, created_at, updated_at) values (?, 1, ?, ?)")
				.params(campaign, now, now)
				.update();
			this.jdbc.sql("insert into intel_case (case_id, campaign_id, linked_at) values (?, ?, ?)")
				.params(caseId, campaign, now)
				.update();
		}
		for (UUID caseId : cases) {
			for (IndicatorRow indicator : this.store.indicatorsOfCase(caseId)) {
				link(caseId, indicator);
			}
		}
	}

}
