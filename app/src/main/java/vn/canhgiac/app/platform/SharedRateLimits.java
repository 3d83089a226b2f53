package vn.canhgiac.app.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits that every node counts together (ADR 0110): Bucket4j buckets whose state is
 * a row of {@code rate_limit_bucket}, changed under {@code SELECT … FOR UPDATE}.
 * <ul>
 * <li>{@link #take} asks the database every time (one short transaction): for limits of a
 * few requests a minute — logins, public reports;</li>
 * <li>{@link #takeFast} keeps a local copy of each bucket that is written back at most a
 * second later or after a quarter of its capacity, so the public lookup (thousands of
 * requests a second) costs no database round trip per request. A client spreading its
 * requests over n nodes may get up to n × that quarter more than the limit within one
 * second, never an unlimited amount.</li>
 * </ul>
 * Rows expire once their bucket would be full again and are swept by one node.
 */
@Component
public class SharedRateLimits {

	private static final int MAX_LOCAL_BUCKETS = 200_000;

	private static final Duration SYNC_AT_LEAST_EVERY = Duration.ofSeconds(1);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final Map<String, Bucket> fastBuckets = new ConcurrentHashMap<>();

	private final ScheduledJobs jobs;

	SharedRateLimits(DataSource dataSource, ScheduledJobs jobs) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
		this.jobs = jobs;
	}

	/**
	 * Takes one token from the client's bucket, in the database.
	 * @return 0 when allowed, else the whole seconds to wait
	 */
	public long take(RateLimit limit, String client) {
		return secondsToWait(
				this.buckets.getProxy(key(limit, client), () -> configuration(limit)).tryConsumeAndReturnRemaining(1));
	}

	/** Whether the client's bucket has a token left, without taking it. */
	public boolean hasTokens(RateLimit limit, String client) {
		return this.buckets.getProxy(key(limit, client), () -> configuration(limit)).getAvailableTokens() > 0;
	}

	/**
	 * Takes one token from a local copy of the client's bucket that is synchronised with
	 * the database at least every second.
	 * @return 0 when allowed, else the whole seconds to wait
	 */
	public long takeFast(RateLimit limit, String client) {
		if (this.fastBuckets.size() > MAX_LOCAL_BUCKETS) {
			this.fastBuckets.clear();
		}
		String key = key(limit, client);
		Bucket bucket = this.fastBuckets.computeIfAbsent(key,
				(k) -> this.buckets.builder()
					.withOptimization(Optimizations
						.delaying(new DelayParameters(Math.max(1, limit.capacity() / 4), SYNC_AT_LEAST_EVERY)))
					.build(k, () -> configuration(limit)));
		return secondsToWait(bucket.tryConsumeAndReturnRemaining(1));
	}

	/** Forgets buckets that are full again; one node does it every ten minutes. */
	@Scheduled(initialDelayString = "PT3M", fixedDelayString = "PT10M")
	void sweepExpired() {
		this.jobs.runOnce("platform.rate-limit-sweep", Duration.ofMinutes(10), () -> {
			while (this.buckets.removeExpired(1_000) == 1_000) {
				// next batch
			}
		});
	}

	private static String key(RateLimit limit, String client) {
		return limit.name() + "|" + client;
	}

	private static BucketConfiguration configuration(RateLimit limit) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(limit.capacity())
				.refillGreedy(limit.refillTokens(), limit.refillPeriod())
				.build())
			.build();
	}

	private static long secondsToWait(ConsumptionProbe probe) {
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
	}

}
