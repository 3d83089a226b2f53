package vn.canhgiac.app.accounts;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed logins from this client: try again in a few minutes.
 */
class LoginThrottled extends AuthenticationException {

	LoginThrottled() {
		super("Too many failed logins");
	}

}
