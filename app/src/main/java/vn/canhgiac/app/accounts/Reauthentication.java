package vn.canhgiac.app.accounts;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * "Confirm it is still you" before the most sensitive actions (revealing an intimate
 * original, exporting evidence): a fresh one-time code for users with two-step login, the
 * password for the others. Modules ask {@link #isFresh} and, when it is not, send the
 * user to {@code /account/confirm?next=<their page>}.
 */
@Component
public class Reauthentication {

	/** How long a confirmation counts as fresh. */
	public static final Duration FRESH_FOR = Duration.ofMinutes(5);

	static final String CONFIRMED_AT = Reauthentication.class.getName() + ".at";

	private final TwoFactorManagement twoFactor;

	private final AccountManagement accounts;

	private final PasswordEncoder encoder;

	Reauthentication(TwoFactorManagement twoFactor, AccountManagement accounts, PasswordEncoder encoder) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/**
	 * Whether the user of this request confirmed it was them within {@link #FRESH_FOR}.
	 */
	public boolean isFresh(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(CONFIRMED_AT) instanceof Long millis
				&& Instant.ofEpochMilli(millis).plus(FRESH_FOR).isAfter(Instant.now());
	}

	/** Whether the user confirms with a one-time code (else with the password). */
	public boolean usesCode(CanhGiacUser user) {
		return this.twoFactor.isEnabled(user.accountId());
	}

	/**
	 * Checks the code (or password) and marks the session fresh when it is right. Wrong
	 * codes count towards the same lock as at login.
	 */
	public SecondFactorCheck confirm(CanhGiacUser user, String secret, HttpServletRequest request) {
		SecondFactorCheck check;
		if (usesCode(user)) {
			check = this.twoFactor.verify(user.accountId(), secret);
		}
		else {
			String hash = this.accounts.accountById(user.accountId()).orElseThrow().passwordHash();
			check = this.encoder.matches(PasswordPolicy.normalize(secret), hash) ? SecondFactorCheck.ACCEPTED
					: SecondFactorCheck.REJECTED;
		}
		if (check == SecondFactorCheck.ACCEPTED) {
			request.getSession().setAttribute(CONFIRMED_AT, Instant.now().toEpochMilli());
		}
		return check;
	}

	/** Only pages of this site: no scheme, no host, no protocol-relative "//". */
	public static String safeNext(String next) {
		return (next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")) ? next : "/";
	}

}
