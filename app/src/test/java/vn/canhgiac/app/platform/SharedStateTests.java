package vn.canhgiac.app.platform;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What several nodes share through the database (ADR 0110), with a second "node" built on
 * the same database next to the context's beans. {@code SeveralNodesIT} does the same
 * with two whole portals.
 */
@SpringBootTest
class SharedStateTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	SharedRateLimits limits;

	@Test
	void aScheduledJobRunsOnOneNodePerPeriod() {
		ScheduledJobs otherNode = new ScheduledJobs(this.jdbc, new NodeName());
		String job = "test.once-" + UUID.randomUUID();
		assertThat(this.jobs.runOnce(job, Duration.ofMinutes(10), () -> {
		})).isTrue();
		assertThat(otherNode.runOnce(job, Duration.ofMinutes(10), () -> {
		})).as("the same period, another node").isFalse();
		assertThat(this.jobs.runOnce(job, Duration.ofMinutes(10), () -> {
		})).as("the same period, the same node").isFalse();
		this.jdbc.sql("update scheduled_job set next_run_at = now() - interval '1 second' where name = ?")
			.param(job)
			.update();
		assertThat(otherNode.runOnce(job, Duration.ofMinutes(10), () -> {
		})).as("the next period, whichever node comes first").isTrue();
		assertThat(this.jdbc.sql("select runs from scheduled_job where name = ?").param(job).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void aJobStillRunningIsNotStartedAgainEvenWhenItsPeriodIsOver() {
		ScheduledJobs otherNode = new ScheduledJobs(this.jdbc, new NodeName());
		String job = "test.slow-" + UUID.randomUUID();
		AtomicBoolean startedTwice = new AtomicBoolean(true);
		this.jobs.runOnce(job, Duration.ofMillis(1),
				() -> startedTwice.set(otherNode.runOnce(job, Duration.ofMillis(1), () -> {
				})));
		assertThat(startedTwice).isFalse();
	}

	@Test
	void aRateLimitIsCountedByAllNodesTogether() {
		SharedRateLimits otherNode = new SharedRateLimits(this.dataSource, this.jobs);
		RateLimit limit = RateLimit.of("test.exact", 2, Duration.ofHours(1));
		String client = "client-" + UUID.randomUUID();
		assertThat(this.limits.take(limit, client)).isZero();
		assertThat(otherNode.take(limit, client)).isZero();
		assertThat(this.limits.hasTokens(limit, client)).isFalse();
		assertThat(otherNode.take(limit, client)).as("seconds to wait").isBetween(1L, 1800L);
	}

	@Test
	void theFastPathStillStopsAClientAfterItsBurst() {
		RateLimit limit = new RateLimit("test.fast", 4, 1, Duration.ofHours(1));
		String client = "client-" + UUID.randomUUID();
		for (int i = 0; i < 4; i++) {
			assertThat(this.limits.takeFast(limit, client)).isZero();
		}
		assertThat(this.limits.takeFast(limit, client)).isPositive();
	}

}
