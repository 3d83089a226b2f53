package vn.canhgiac.app.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job once per period across all nodes (ADR 0110). Every node keeps its
 * {@code @Scheduled} trigger; the first to win the job's row in {@code scheduled_job} for
 * this period runs it, the others skip. The row also holds a lease, so a job that takes
 * longer than its period is not started twice, and a node killed mid-job only delays the
 * next run until the lease ends. Times are the database's, the one clock all nodes share.
 */
@Component
public class ScheduledJobs {

	private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

	/** A killed node's claim is given up after this (or the period, if longer). */
	static final Duration MIN_LEASE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final NodeName node;

	ScheduledJobs(JdbcClient jdbc, NodeName node) {
		this.jdbc = jdbc;
		this.node = node;
	}

	/**
	 * Runs {@code work} here if no node ran the job within the last {@code every}.
	 * @param job a stable name, e.g. {@code advisories.due-work}
	 * @param every the job's period, the same on every node
	 * @return whether this node ran it
	 */
	public boolean runOnce(String job, Duration every, Runnable work) {
		if (!claim(job, every)) {
			return false;
		}
		try {
			work.run();
		}
		finally {
			release(job);
		}
		return true;
	}

	/**
	 * Wins the row when its period is over and no live claim holds it. A twentieth of the
	 * period (at most a second) of slack keeps a node whose timer fires a hair early from
	 * losing its turn to clock jitter.
	 */
	boolean claim(String job, Duration every) {
		this.jdbc.sql("insert into scheduled_job (name) values (?) on conflict (name) do nothing").param(job).update();
		Duration slack = every.dividedBy(20).compareTo(Duration.ofSeconds(1)) < 0 ? every.dividedBy(20)
				: Duration.ofSeconds(1);
		Duration lease = every.compareTo(MIN_LEASE) > 0 ? every : MIN_LEASE;
		int won = this.jdbc.sql("""
				update scheduled_job set locked_by = ?, locked_until = now() + make_interval(secs => ?),
				       last_started_at = now(), next_run_at = now() + make_interval(secs => ?), runs = runs + 1
				where name = ? and next_run_at <= now() and locked_until <= now()""")
			.params(this.node.value(), seconds(lease), seconds(every.minus(slack)), job)
			.update();
		return won == 1;
	}

	private void release(String job) {
		try {
			this.jdbc.sql("""
					update scheduled_job set locked_until = now(), last_finished_at = now()
					where name = ? and locked_by = ?""").params(job, this.node.value()).update();
		}
		catch (RuntimeException ex) {
			// The lease ends by itself; only the next run waits for it.
			log.warn("Could not release scheduled job {}: {}", job, ex.getClass().getSimpleName());
		}
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

}
