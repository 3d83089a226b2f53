package vn.canhgiac.app.advisories;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import vn.canhgiac.app.platform.ScheduledJobs;

/**
 * The advisories' background work: reminders, escalation, late joiners, mail, and the
 * official feeds. Runs only in the portal (scheduling is off for one-off commands), and
 * on one node per period ({@link ScheduledJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdvisoryProperties.class)
class AdvisoryJobs {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryJobs.class);

	private final Advisories advisories;

	private final OfficialFeeds feeds;

	private final ScheduledJobs jobs;

	private final Duration dueWorkEvery;

	private final Duration feedsEvery;

	AdvisoryJobs(Advisories advisories, OfficialFeeds feeds, ScheduledJobs jobs,
			@Value("${canhgiac.advisories.job-interval:PT1M}") Duration dueWorkEvery,
			@Value("${canhgiac.advisories.feeds.interval:PT30M}") Duration feedsEvery) {
		this.advisories = advisories;
		this.feeds = feeds;
		this.jobs = jobs;
		this.dueWorkEvery = dueWorkEvery;
		this.feedsEvery = feedsEvery;
	}

	@Scheduled(initialDelayString = "${canhgiac.advisories.job-initial-delay:PT1M}",
			fixedDelayString = "${canhgiac.advisories.job-interval:PT1M}")
	void dueWork() {
		this.jobs.runOnce("advisories.due-work", this.dueWorkEvery, this::runDueWork);
	}

	private void runDueWork() {
		DueWork work = this.advisories.runDueWork();
		if (work.reminded() + work.escalated() + work.lateJoinersAdded() > 0) {
			log.info("Advisories: {} late joiners added, {} reminded, {} escalated", work.lateJoinersAdded(),
					work.reminded(), work.escalated());
		}
	}

	@Scheduled(initialDelayString = "${canhgiac.advisories.feeds.initial-delay:PT2M}",
			fixedDelayString = "${canhgiac.advisories.feeds.interval:PT30M}")
	void fetchFeeds() {
		this.jobs.runOnce("advisories.feeds", this.feedsEvery, this.feeds::fetchAll);
	}

}
