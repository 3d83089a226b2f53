package vn.canhgiac.app.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with three additions to Spring's: the presented password is
 * NFC-normalised like the stored one, in production the public demo password is refused
 * even if an account somehow has it, and failures are throttled ({@link LoginThrottle}).
 * Unknown users and wrong passwords fail the same way (same message, and a dummy hash for
 * unknown users so the timing does not tell them apart).
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

	private final PasswordPolicy policy;

	private final LoginThrottle throttle;

	AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, PasswordPolicy policy,
			LoginThrottle throttle) {
		super(users);
		setPasswordEncoder(encoder);
		this.policy = policy;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getPrincipal());
		String address = remoteAddress(authentication);
		if (!this.throttle.allows(username, address)) {
			throw new LoginThrottled();
		}
		try {
			Authentication result = super.authenticate(authentication);
			this.throttle.succeeded(username, address);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	static @Nullable String remoteAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken token)
			throws AuthenticationException {
		Object credentials = token.getCredentials();
		if (credentials == null) {
			throw new BadCredentialsException("Bad credentials");
		}
		String normalized = PasswordPolicy.normalize(credentials.toString());
		if (this.policy.isRefusedDemoPassword(normalized)) {
			throw new BadCredentialsException("Bad credentials");
		}
		UsernamePasswordAuthenticationToken normalizedToken = UsernamePasswordAuthenticationToken
			.unauthenticated(token.getPrincipal(), normalized);
		super.additionalAuthenticationChecks(user, normalizedToken);
	}

}
