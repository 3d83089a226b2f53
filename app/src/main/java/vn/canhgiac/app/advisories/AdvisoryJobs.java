package vn.canhgiac.app.advisories;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The advisories' background work: reminders, escalation, late joiners, mail, and the
 * official feeds. Runs only in the portal (scheduling is off for one-off commands).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdvisoryProperties.class)
class AdvisoryJobs {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryJobs.class);

	private final Advisories advisories;

	private final OfficialFeeds feeds;

	AdvisoryJobs(Advisories advisories, OfficialFeeds feeds) {
		this.advisories = advisories;
		this.feeds = feeds;
	}

	@Scheduled(initialDelayString = "${canhgiac.advisories.job-initial-delay:PT1M}",
			fixedDelayString = "${canhgiac.advisories.job-interval:PT1M}")
	void dueWork() {
		DueWork work = this.advisories.runDueWork();
		if (work.reminded() + work.escalated() + work.lateJoinersAdded() > 0) {
			log.info("Advisories: {} late joiners added, {} reminded, {} escalated", work.lateJoinersAdded(),
					work.reminded(), work.escalated());
		}
	}

	@Scheduled(initialDelayString = "${canhgiac.advisories.feeds.initial-delay:PT2M}",
			fixedDelayString = "${canhgiac.advisories.feeds.interval:PT30M}")
	void fetchFeeds() {
		this.feeds.fetchAll();
	}

}
