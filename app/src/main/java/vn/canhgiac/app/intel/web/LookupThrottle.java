package vn.canhgiac.app.intel.web;

import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.canhgiac.app.intel.IntelProperties;
import vn.canhgiac.app.platform.RateLimit;
import vn.canhgiac.app.platform.SharedRateLimits;

/**
 * Public lookups per client: a bucket per client address (burst, then a steady rate per
 * minute), counted by all nodes together. The lookup's throughput budget allows no
 * database round trip per request for the limit, so each node works on a local copy that
 * it writes back at least every second ({@link SharedRateLimits#takeFast}).
 */
@Component
class LookupThrottle {

	private final RateLimit limit;

	private final SharedRateLimits limits;

	private final Set<String> trustedProxies;

	LookupThrottle(IntelProperties properties, SharedRateLimits limits) {
		this.limit = new RateLimit("intel.lookup", Math.max(1, properties.lookupBurst()),
				Math.max(1, properties.lookupPerMinute()), Duration.ofMinutes(1));
		this.limits = limits;
		this.trustedProxies = Set.copyOf(properties.trustedProxies());
	}

	/**
	 * Takes one lookup from the client's bucket.
	 * @return 0 when allowed, else the seconds to wait
	 */
	long tryTake(HttpServletRequest request) {
		String client = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
				this.trustedProxies);
		return this.limits.takeFast(this.limit, client);
	}

}
