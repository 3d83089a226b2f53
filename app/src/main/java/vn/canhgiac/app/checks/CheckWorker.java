package vn.canhgiac.app.checks;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works the queue of file and image checks. Runs on every node; the database hands each
 * check to one worker. A check whose node died mid-way is taken again after its claim
 * expires, at most three times.
 */
@Component
class CheckWorker {

	private static final Logger log = LoggerFactory.getLogger(CheckWorker.class);

	static final int MAX_ATTEMPTS = 3;

	private final ContentChecks checks;

	private final CheckManagement management;

	CheckWorker(ContentChecks checks, CheckManagement management) {
		this.checks = checks;
		this.management = management;
	}

	@Scheduled(initialDelayString = "PT1S", fixedDelayString = "${canhgiac.checks.poll:PT0.5S}")
	void work() {
		this.checks.failExhausted(MAX_ATTEMPTS, "Không phân tích được tệp này. Hãy gửi cho công an để kiểm tra.",
				"This file could not be analysed. Send it to the police for examination.");
		Optional<ContentChecks.Claimed> next;
		while ((next = this.checks.claimNext(MAX_ATTEMPTS)).isPresent()) {
			ContentCheck check = next.get().check();
			try {
				this.management.runClaimed(check, next.get().claim());
			}
			catch (RuntimeException ex) {
				// The message may quote the content; log only the type and the check id.
				log.warn("Check {} failed: {}", check.id(), ex.getClass().getSimpleName());
				this.checks.fail(check.id(), "Không phân tích được tệp này. Hãy gửi cho công an để kiểm tra.",
						"This file could not be analysed. Send it to the police for examination.");
			}
		}
	}

}
