package vn.canhgiac.app.intel;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the sightings of one event and correlates the case they belong to, in its own
 * transaction.
 */
@Component
class SightingRecorder {

	private final IntelStore store;

	private final Campaigns campaigns;

	private final IntelProperties properties;

	SightingRecorder(IntelStore store, Campaigns campaigns, IntelProperties properties) {
		this.store = store;
		this.campaigns = campaigns;
		this.properties = properties;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int record(IndicatorsObserved event) {
		if (event.caseId() != null) {
			this.campaigns.lock();
			this.campaigns.ensureCase(event.caseId());
		}
		int recorded = 0;
		for (ObservedIndicator observed : event.indicators()) {
			Optional<IndicatorValues.Typed> typed = IndicatorKind.fromWireName(observed.type())
				.flatMap((kind) -> IndicatorValues.normalize(kind, observed.value()));
			if (typed.isEmpty()) {
				continue;
			}
			IntelStore.Recorded result = this.store.record(typed.get().kind(), typed.get().value(),
					event.source().name(), event.sourceId(), event.caseId(), event.at(), null);
			recorded += result.newSighting() ? 1 : 0;
			if (event.caseId() == null || !result.newCase()) {
				continue;
			}
			IndicatorRow row = result.row();
			if (!row.overCorrelated() && row.caseCount() > this.properties.overCorrelationCases()) {
				// Too common to mean anything (a shared hotline, an exchange's address):
				// flag it, and undo the links it made.
				this.store.flagOverCorrelated(row.id());
				this.campaigns.rebuildAround(row.id());
				continue;
			}
			this.campaigns.link(event.caseId(), row);
		}
		return recorded;
	}

}
