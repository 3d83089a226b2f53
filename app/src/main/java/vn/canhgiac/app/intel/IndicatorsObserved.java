package vn.canhgiac.app.intel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Event: a check, report or case found these indicators. Published by the module that
 * owns the source, after its transaction commits; the intel module records one sighting
 * per indicator and correlates.
 *
 * @param source what kind of object saw them
 * @param sourceId the object's id (check id, report id, case id)
 * @param caseId the case the sighting belongs to, if any: only case sightings link cases
 * into campaigns
 * @param indicators normalised values
 * @param at when they were seen
 */
public record IndicatorsObserved(Source source, UUID sourceId, @Nullable UUID caseId,
		List<ObservedIndicator> indicators, Instant at) {

	public IndicatorsObserved {
		indicators = List.copyOf(indicators);
	}

	/** The kind of object that saw the indicators. */
	public enum Source {

		CHECK, REPORT, CASE

	}

}
