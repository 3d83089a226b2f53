package vn.canhgiac.app.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the time of each account's last login (shown to administrators; the accounts
 * issue uses it for dormant accounts).
 */
@Component
class LoginRecorder {

	private final AccountManagement accounts;

	LoginRecorder(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onLogin(AuthenticationSuccessEvent event) {
		this.accounts.recordLogin(event.getAuthentication().getName());
	}

}
