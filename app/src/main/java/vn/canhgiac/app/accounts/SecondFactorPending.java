package vn.canhgiac.app.accounts;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The password was right, the one-time code is still missing. Not authenticated and
 * without authorities, so no page except the code step lets it through; the principal is
 * the login name, not the user, so no page shows the user as signed in either.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Authentication password;

	SecondFactorPending(Authentication password) {
		super(List.of());
		this.password = password;
		super.setAuthenticated(false);
	}

	Authentication passwordAuthentication() {
		return this.password;
	}

	long accountId() {
		return ((CanhGiacUser) this.password.getPrincipal()).accountId();
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.password.getName();
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("A pending second factor is never authenticated");
		}
		super.setAuthenticated(false);
	}

}
