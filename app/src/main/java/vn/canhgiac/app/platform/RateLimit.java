package vn.canhgiac.app.platform;

import java.time.Duration;

/**
 * A token-bucket limit: {@code capacity} at once, refilled with {@code refillTokens}
 * every {@code refillPeriod} (greedily, token by token).
 *
 * @param name a stable name, part of every bucket's key (e.g. {@code intel.lookup})
 * @param capacity the burst
 * @param refillTokens tokens added per period
 * @param refillPeriod the period
 */
public record RateLimit(String name, long capacity, long refillTokens, Duration refillPeriod) {

	public RateLimit {
		if (name.isBlank() || name.contains("|")) {
			throw new IllegalArgumentException("A rate limit needs a name without '|'");
		}
		if (capacity < 1 || refillTokens < 1 || refillPeriod.isNegative() || refillPeriod.isZero()) {
			throw new IllegalArgumentException("A rate limit needs a positive capacity, refill and period");
		}
	}

	/** A limit that is full again after {@code period}: {@code capacity} per period. */
	public static RateLimit of(String name, long capacity, Duration period) {
		return new RateLimit(name, capacity, capacity, period);
	}

}
