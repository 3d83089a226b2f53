package vn.canhgiac.app.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock a victim out:
 * <ul>
 * <li>per login name and client address, a progressive delay after a few failures (30 s,
 * doubling, at most {@code maxDelay}), kept in the database so every node applies it. It
 * is keyed by the name as typed, whether or not an account has it, so it does not reveal
 * which names exist; and it is per client, so someone guessing from elsewhere cannot keep
 * the owner out;</li>
 * <li>per client address, a Bucket4j limit on failed attempts across all names (password
 * spraying). This one is held in memory: a per-node cache, which at worst lets a client
 * that spreads over several nodes try a few times more.</li>
 * </ul>
 */
@Component
class LoginThrottle {

	private static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	private static final int MAX_TRACKED_ADDRESSES = 100_000;

	private final JdbcClient jdbc;

	private final AccountSecurityProperties properties;

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	LoginThrottle(JdbcClient jdbc, AccountSecurityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Whether this client may try this name now. */
	boolean allows(String username, @Nullable String address) {
		Bucket bucket = this.addresses.get(addressKey(address));
		if (bucket != null && bucket.getAvailableTokens() <= 0) {
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
		if (this.addresses.size() > MAX_TRACKED_ADDRESSES) {
			this.addresses.clear();
		}
		this.addresses.computeIfAbsent(addressKey(address), (k) -> newBucket()).tryConsume(1);
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

	private Bucket newBucket() {
		int perTenMinutes = Math.max(1, this.properties.failuresPerAddress());
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(perTenMinutes)
				.refillGreedy(perTenMinutes, Duration.ofMinutes(10))
				.build())
			.build();
	}

	private static String key(String username, @Nullable String address) {
		return username.strip().toLowerCase(Locale.ROOT) + "|" + addressKey(address);
	}

	private static String addressKey(@Nullable String address) {
		return (address != null) ? address : "-";
	}

}
