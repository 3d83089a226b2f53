package vn.canhgiac.app.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * The second factor: TOTP (RFC 6238, HMAC-SHA1, 6 digits, 30 s) with one-time recovery
 * codes. Rules from the issue and ASVS 5.0 §6.5: each code is accepted once (the last
 * accepted step is stored and only later steps are accepted), one step of clock drift
 * either way, the server clock is the only time source, and after repeated wrong codes
 * the step locks for a while that doubles with each lock (the lock lives on the account,
 * so going back to the password step does not reset it).
 */
@Service
public class TwoFactorManagement {

	static final int RECOVERY_CODES = 10;

	private static final Duration LONGEST_LOCK = Duration.ofDays(1);

	private final SecondFactors factors;

	private final AccountManagement accounts;

	private final AccountSecurityProperties properties;

	private final CanhGiacProperties platform;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	TwoFactorManagement(SecondFactors factors, AccountManagement accounts, AccountSecurityProperties properties,
			CanhGiacProperties platform) {
		this.factors = factors;
		this.accounts = accounts;
		this.properties = properties;
		this.platform = platform;
	}

	public boolean isEnabled(long accountId) {
		return this.factors.state(accountId).map((state) -> state.secret() != null).orElse(false);
	}

	/**
	 * Roles that must use a second factor (configurable; see
	 * {@link AccountSecurityProperties}).
	 */
	public Set<Role> requiredRoles() {
		Set<Role> configured = this.properties.totpRequiredRoles();
		if (configured != null) {
			return configured;
		}
		return this.platform.isDemo() ? EnumSet.noneOf(Role.class) : AccountSecurityProperties.PRODUCTION_TOTP_ROLES;
	}

	public boolean isRequired(CanhGiacUser user) {
		return user.roles().stream().anyMatch(requiredRoles()::contains);
	}

	public int unusedRecoveryCodes(long accountId) {
		return this.factors.unusedRecoveryCodes(accountId);
	}

	public Optional<Instant> lockedUntil(long accountId) {
		return this.factors.state(accountId)
			.map(SecondFactors.State::lockedUntil)
			.filter((until) -> until.isAfter(this.clock.instant()));
	}

	/** A fresh 160-bit secret (RFC 4226 §4 recommends 160 bits) in base 32. */
	public String newSecret() {
		byte[] secret = new byte[20];
		this.random.nextBytes(secret);
		return Base32.encode(secret);
	}

	/** What the QR code holds: the Key Uri Format authenticator apps read. */
	public String otpauthUri(String username, String secret) {
		String label = UriUtils.encodePathSegment("Cảnh Giác:" + username, StandardCharsets.UTF_8);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ UriUtils.encodeQueryParam("Cảnh Giác", StandardCharsets.UTF_8) + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	/**
	 * Turns the second factor on once the user proves their app has the secret.
	 * @return the recovery codes, shown once and stored only as hashes; empty if the code
	 * does not match the secret
	 */
	@Transactional
	public List<String> enable(long accountId, String secret, String code) {
		byte[] key = Base32.decode(secret);
		long now = Totp.step(this.clock.instant());
		String presented = digits(code);
		for (long step = now - 1; step <= now + 1; step++) {
			if (Totp.matches(Totp.code(key, step), presented)) {
				this.factors.enable(accountId, secret, step);
				this.accounts.recordSecurityEvent(accountId, accountId, "TOTP_ENABLED");
				return newRecoveryCodes(accountId);
			}
		}
		return List.of();
	}

	/** Checks a code from the authenticator app. */
	@Transactional
	public SecondFactorCheck verify(long accountId, String code) {
		SecondFactors.State state = this.factors.lockState(accountId).orElseThrow();
		Instant now = this.clock.instant();
		if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
			return SecondFactorCheck.LOCKED;
		}
		if (state.secret() == null) {
			return SecondFactorCheck.REJECTED;
		}
		byte[] key = Base32.decode(state.secret());
		String presented = digits(code);
		long current = Totp.step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			boolean unused = state.lastStep() == null || step > state.lastStep();
			if (unused && Totp.matches(Totp.code(key, step), presented)) {
				this.factors.accepted(accountId, step);
				return SecondFactorCheck.ACCEPTED;
			}
		}
		return failed(accountId, state, now);
	}

	/** Checks a recovery code; each one works once. */
	@Transactional
	public SecondFactorCheck verifyRecoveryCode(long accountId, String code) {
		SecondFactors.State state = this.factors.lockState(accountId).orElseThrow();
		Instant now = this.clock.instant();
		if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
			return SecondFactorCheck.LOCKED;
		}
		if (state.secret() != null && this.factors.useRecoveryCode(accountId, hashRecoveryCode(code))) {
			this.factors.accepted(accountId, null);
			this.accounts.recordSecurityEvent(accountId, accountId, "RECOVERY_CODE_USED");
			return SecondFactorCheck.ACCEPTED;
		}
		return failed(accountId, state, now);
	}

	private SecondFactorCheck failed(long accountId, SecondFactors.State state, Instant now) {
		int failures = state.failures() + 1;
		int perLock = Math.max(1, this.properties.totpFailuresBeforeLock());
		if (failures % perLock != 0) {
			this.factors.failed(accountId, failures, null);
			return SecondFactorCheck.REJECTED;
		}
		int locks = Math.min(failures / perLock - 1, 16);
		Duration lock = this.properties.totpLock().multipliedBy(1L << locks);
		if (lock.compareTo(LONGEST_LOCK) > 0) {
			lock = LONGEST_LOCK;
		}
		this.factors.failed(accountId, failures, now.plus(lock));
		this.accounts.recordSecurityEvent(accountId, null, "TOTP_LOCKED");
		return SecondFactorCheck.LOCKED;
	}

	/** New recovery codes replace the old ones. */
	@Transactional
	public List<String> newRecoveryCodes(long accountId) {
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			byte[] bytes = new byte[10];
			this.random.nextBytes(bytes);
			String code = Base32.encode(bytes);
			codes.add(String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12),
					code.substring(12, 16)));
			hashes.add(hashRecoveryCode(code));
		}
		this.factors.replaceRecoveryCodes(accountId, hashes);
		return codes;
	}

	/**
	 * Turns the second factor off at the user's request; refused when their role requires
	 * it.
	 */
	@Transactional
	public boolean disable(CanhGiacUser user) {
		if (isRequired(user)) {
			return false;
		}
		this.factors.disable(user.accountId());
		this.accounts.recordSecurityEvent(user.accountId(), user.accountId(), "TOTP_DISABLED");
		return true;
	}

	/**
	 * An administrator removes a user's factor (lost phone): recorded, and the user's
	 * sessions end; they enrol again at the next login.
	 * @return false if the administrator may not act on that account
	 */
	@Transactional
	public boolean resetByAdministrator(AuthenticatedPerson admin, long accountId) {
		if (!this.accounts.mayAdminister(admin, accountId)) {
			return false;
		}
		this.factors.disable(accountId);
		this.accounts.endAllSessions(accountId);
		this.accounts.recordSecurityEvent(accountId, admin.accountId(), "TOTP_RESET_BY_ADMIN");
		return true;
	}

	/** Demo data only: a fixed, published secret (the README lists it). */
	@Transactional
	public void enableWithKnownSecret(String username, String secret) {
		Account account = this.accounts.account(username).orElseThrow();
		this.factors.enable(account.id(), secret, Totp.step(this.clock.instant()) - 2);
	}

	private static String digits(@Nullable String code) {
		return (code == null) ? "" : code.replaceAll("\\s", "");
	}

	static String hashRecoveryCode(String code) {
		String normalized = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
