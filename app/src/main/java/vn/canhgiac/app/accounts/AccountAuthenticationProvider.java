package vn.canhgiac.app.accounts;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login with two additions to Spring's: the presented password is NFC-normalised
 * like the stored one, and in production the public demo password is refused even if an
 * account somehow has it. Unknown users and wrong passwords fail the same way (same
 * message, and a dummy hash for unknown users so the timing does not tell them apart).
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

	private final PasswordPolicy policy;

	AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, PasswordPolicy policy) {
		super(users);
		setPasswordEncoder(encoder);
		this.policy = policy;
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
