package vn.canhgiac.app.accounts;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code canhgiac.accounts.*}.
 *
 * @param rotation password rotation per role; roles not listed get
 * {@link Rotation#DEFAULT} (a reminder, never a forced change)
 * @param passwordHistory how many previous passwords a change may not reuse
 * @param totpRequiredRoles roles that must use a second factor; when not set, none in
 * demo mode and police, unit administrators and leaders in production
 * @param pwnedRangeUrl base URL of a Pwned-Passwords-style range API (the first five hex
 * digits of the SHA-1 are appended); off when not set
 * @param failuresBeforeDelay failed passwords from one client for one login name before
 * that client must wait
 * @param maxDelay the longest wait; a lock always ends, so a stranger cannot lock a
 * victim out for good
 * @param failuresPerAddress failed passwords one client address may make per ten minutes
 * @param totpFailuresBeforeLock wrong codes before the second step locks
 * @param totpLock how long the first lock lasts; each further lock doubles it (at most a
 * day)
 * @param absoluteSessionTimeout sessions end this long after login, active or not
 */
@ConfigurationProperties("canhgiac.accounts")
public record AccountSecurityProperties(@DefaultValue Map<Role, Rotation> rotation,
		@DefaultValue("5") int passwordHistory, @Nullable Set<Role> totpRequiredRoles, @Nullable URI pwnedRangeUrl,
		@DefaultValue("5") int failuresBeforeDelay, @DefaultValue("15m") Duration maxDelay,
		@DefaultValue("30") int failuresPerAddress, @DefaultValue("5") int totpFailuresBeforeLock,
		@DefaultValue("15m") Duration totpLock, @DefaultValue("12h") Duration absoluteSessionTimeout) {

	static final Set<Role> PRODUCTION_TOTP_ROLES = EnumSet.of(Role.POLICE_OFFICER, Role.POLICE_ADMIN, Role.UNIT_ADMIN,
			Role.LEADER);

	Rotation rotationFor(Set<Role> roles) {
		Rotation strictest = null;
		for (Role role : roles) {
			Rotation candidate = this.rotation.get(role);
			if (candidate != null && (strictest == null || candidate.remindAfterDays() < strictest.remindAfterDays())) {
				strictest = candidate;
			}
		}
		return (strictest != null) ? strictest : Rotation.DEFAULT;
	}

	/**
	 * When to remind and when (if ever) to force a password change.
	 *
	 * @param remindAfterDays days after the last change when the user is reminded
	 * @param forceAfterDays days after which the user must change it before going on;
	 * {@code null} never
	 */
	public record Rotation(@DefaultValue("180") int remindAfterDays, @Nullable Integer forceAfterDays) {

		public static final Rotation DEFAULT = new Rotation(180, null);

	}

}
