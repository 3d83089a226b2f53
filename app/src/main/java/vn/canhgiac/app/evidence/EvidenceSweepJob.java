package vn.canhgiac.app.evidence;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.platform.ScheduledJobs;

/**
 * The hourly orphan sweep of the evidence store, on one node per hour: two nodes sweeping
 * at once would race to delete the same abandoned objects.
 */
@Component
class EvidenceSweepJob {

	private static final Duration EVERY = Duration.ofHours(1);

	private final EvidenceManagement evidence;

	private final ScheduledJobs jobs;

	EvidenceSweepJob(EvidenceManagement evidence, ScheduledJobs jobs) {
		this.evidence = evidence;
		this.jobs = jobs;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
	void sweep() {
		this.jobs.runOnce("evidence.orphan-sweep", EVERY, this.evidence::sweepOrphans);
	}

}
