package vn.canhgiac.app.reports;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Rate limits of the public (anonymous) report form and tracking pages, per client
 * address: a few reports an hour, a few dozen tracking-code lookups. Held in memory, per
 * node; the address is the socket's, so a forged {@code X-Forwarded-For} changes nothing.
 */
@Component
public class PublicReportLimits {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> reports = new ConcurrentHashMap<>();

	private final Map<String, Bucket> lookups = new ConcurrentHashMap<>();

	/** Whether this client may submit another anonymous report now. */
	public boolean allowReport(String address) {
		return bucket(this.reports, address, 5, Duration.ofHours(1)).tryConsume(1);
	}

	/** Whether this client may open another tracking page now. */
	public boolean allowLookup(String address) {
		return bucket(this.lookups, address, 30, Duration.ofMinutes(10)).tryConsume(1);
	}

	private static Bucket bucket(Map<String, Bucket> buckets, String address, int capacity, Duration period) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(address,
				(key) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
					.build());
	}

}
