package vn.canhgiac.app.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.platform.RateLimit;
import vn.canhgiac.app.platform.SharedRateLimits;

/**
 * Slows down password guessing without letting a stranger lock a victim out:
 * <ul>
 * <li>per login name and client address, a progressive delay after a few failures (30 s,
 * doubling, at most {@code maxDelay}), kept in the database so every node applies it. It
 * is keyed by the name as typed, whether or not an account has it, so it does not reveal
 * which names exist; and it is per client, so someone guessing from elsewhere cannot keep
 * the owner out;</li>
 * <li>per client address, a limit on failed attempts across all names (password
 * spraying), also counted in the database by all nodes together.</li>
 * </ul>
 */
@Component
class LoginThrottle {

	private static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final AccountSecurityProperties properties;

	private final SharedRateLimits limits;

	private final RateLimit perAddress;

	private final Clock clock = Clock.systemUTC();

	LoginThrottle(JdbcClient jdbc, AccountSecurityProperties properties, SharedRateLimits limits) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.limits = limits;
		this.perAddress = RateLimit.of("accounts.login-failures", Math.max(1, properties.failuresPerAddress()),
				Duration.ofMinutes(10));
	}

	/** Whether this client may try this name now. */
	boolean allows(String username, @Nullable String address) {
		if (!this.limits.hasTokens(this.perAddress, addressKey(address))) {
			return false;
		}
		Timestamp until = this.jdbc.sql("select locked_until from login_failure where throttle_key = ?")
			.param(key(username, address))
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return until == null || !until.toInstant().isAfter(this.clock.instant());
	}

	void failed(String username, @Nullable String address) {
		this.limits.take(this.perAddress, addressKey(address));
		Instant now = this.clock.instant();
		int failures = this.jdbc.sql("""
				insert into login_failure (throttle_key, failures, last_failure_at) values (?, 1, ?)
				on conflict (throttle_key) do update set failures = login_failure.failures + 1,
				    last_failure_at = excluded.last_failure_at
				returning failures""")
			.params(key(username, address), Timestamp.from(now))
			.query(Integer.class)
			.single();
		int over = failures - this.properties.failuresBeforeDelay();
		if (over >= 0) {
			Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(over, 20));
			if (delay.compareTo(this.properties.maxDelay()) > 0) {
				delay = this.properties.maxDelay();
			}
			this.jdbc.sql("update login_failure set locked_until = ? where throttle_key = ?")
				.params(Timestamp.from(now.plus(delay)), key(username, address))
				.update();
		}
	}

	void succeeded(String username, @Nullable String address) {
		this.jdbc.sql("delete from login_failure where throttle_key = ?").param(key(username, address)).update();
	}

	private static String key(String username, @Nullable String address) {
		return username.strip().toLowerCase(Locale.ROOT) + "|" + addressKey(address);
	}

	private static String addressKey(@Nullable String address) {
		return (address != null) ? address : "-";
	}

}
