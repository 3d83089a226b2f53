package vn.canhgiac.app.accounts;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a unit administrator sees of one account of their unit: never a password, only
 * whether the second factor is on and how old the password is.
 */
public record AccountCoverage(long accountId, String username, long personId, String fullName, boolean totpEnabled,
		Instant passwordChangedAt, @Nullable Instant lastLoginAt) {

	public long passwordAgeDays() {
		return Duration.between(this.passwordChangedAt, Instant.now()).toDays();
	}

	AccountCoverage withFullName(String name) {
		return new AccountCoverage(this.accountId, this.username, this.personId, name, this.totpEnabled,
				this.passwordChangedAt, this.lastLoginAt);
	}

}
