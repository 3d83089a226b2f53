package vn.canhgiac.app.intel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Receives {@link IndicatorsObserved} from checks, reports and cases.
 *
 * <p>
 * A {@code @TransactionalEventListener} (after commit, or at once when the publisher has
 * no transaction): a report that rolls back leaves no sighting, and intel's own failure
 * never undoes the report. The sightings are written in a new transaction
 * ({@link SightingRecorder}); if that fails the event is logged by id and dropped — the
 * source can be re-published, recording is idempotent per (indicator, source, id).
 */
@Component
class IntelEvents {

	private static final Logger log = LoggerFactory.getLogger(IntelEvents.class);

	private final SightingRecorder recorder;

	IntelEvents(SightingRecorder recorder) {
		this.recorder = recorder;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(IndicatorsObserved event) {
		try {
			this.recorder.record(event);
		}
		catch (RuntimeException ex) {
			// Never the values: only the source and the failure's type.
			log.warn("Intel could not record the indicators of {} {}: {}", event.source(), event.sourceId(),
					ex.getClass().getSimpleName());
		}
	}

}
