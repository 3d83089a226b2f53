package vn.canhgiac.app.intel.web;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.canhgiac.app.intel.IntelProperties;

/**
 * Public lookups per client: a Bucket4j bucket per client address (burst, then a steady
 * rate per minute). Held in memory per node, as a cache: a client spread over several
 * nodes gets a little more, never unlimited.
 */
@Component
class LookupThrottle {

	private static final int MAX_TRACKED = 200_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final IntelProperties properties;

	private final Set<String> trustedProxies;

	LookupThrottle(IntelProperties properties) {
		this.properties = properties;
		this.trustedProxies = Set.copyOf(properties.trustedProxies());
	}

	/**
	 * Takes one lookup from the client's bucket.
	 * @return 0 when allowed, else the seconds to wait
	 */
	long tryTake(HttpServletRequest request) {
		String client = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
				this.trustedProxies);
		if (this.buckets.size() > MAX_TRACKED) {
			this.buckets.clear();
		}
		ConsumptionProbe probe = this.buckets.computeIfAbsent(client, (k) -> newBucket())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
	}

	private Bucket newBucket() {
		int perMinute = Math.max(1, this.properties.lookupPerMinute());
		int burst = Math.max(1, this.properties.lookupBurst());
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

}
