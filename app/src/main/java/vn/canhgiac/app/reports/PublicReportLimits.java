package vn.canhgiac.app.reports;

import java.time.Duration;

import org.springframework.stereotype.Component;

import vn.canhgiac.app.platform.RateLimit;
import vn.canhgiac.app.platform.SharedRateLimits;

/**
 * Rate limits of the public (anonymous) report form and tracking pages, per client
 * address: a few reports an hour, a few dozen tracking-code lookups. Counted in the
 * database, so every node applies the same limit; the address is the socket's, so a
 * forged {@code X-Forwarded-For} changes nothing.
 */
@Component
public class PublicReportLimits {

	private static final RateLimit REPORTS = RateLimit.of("reports.public-report", 5, Duration.ofHours(1));

	private static final RateLimit TRACKING = RateLimit.of("reports.tracking-lookup", 30, Duration.ofMinutes(10));

	private final SharedRateLimits limits;

	PublicReportLimits(SharedRateLimits limits) {
		this.limits = limits;
	}

	/** Whether this client may submit another anonymous report now. */
	public boolean allowReport(String address) {
		return this.limits.take(REPORTS, address) == 0;
	}

	/** Whether this client may open another tracking page now. */
	public boolean allowLookup(String address) {
		return this.limits.take(TRACKING, address) == 0;
	}

}
