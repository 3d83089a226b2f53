package vn.canhgiac.app.audit;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.platform.ScheduledJobs;

/**
 * The periodic signed checkpoint, on one node per period. (Two nodes would not sign two
 * checkpoints of the same head, which is locked; they would still both append to their
 * checkpoint files.)
 */
@Component
class AuditCheckpointJob {

	private final AuditCheckpoints checkpoints;

	private final ScheduledJobs jobs;

	private final Duration every;

	AuditCheckpointJob(AuditCheckpoints checkpoints, ScheduledJobs jobs,
			@Value("${canhgiac.audit.checkpoint-interval:PT1H}") Duration every) {
		this.checkpoints = checkpoints;
		this.jobs = jobs;
		this.every = every;
	}

	@Scheduled(initialDelayString = "${canhgiac.audit.checkpoint-initial-delay:PT10M}",
			fixedDelayString = "${canhgiac.audit.checkpoint-interval:PT1H}")
	void checkpoint() {
		this.jobs.runOnce("audit.checkpoint", this.every, this.checkpoints::checkpointIfNew);
	}

}
