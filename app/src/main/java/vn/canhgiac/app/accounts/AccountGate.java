package vn.canhgiac.app.accounts;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before authorisation on every request and keeps a signed-in session honest:
 * <ul>
 * <li>a session waiting for its one-time code reaches only the code step;</li>
 * <li>a session ends at once when the account is disabled or the user signed out
 * everywhere (a generation number on the account, so it works across nodes without a
 * session registry), and at the absolute timeout however active it is;</li>
 * <li>a user who must change the password or must enrol a second factor reaches only
 * those pages until they have.</li>
 * </ul>
 */
class AccountGate extends OncePerRequestFilter {

	private static final Set<String> ALWAYS_OPEN = Set.of("/logout", "/error", "/favicon.ico");

	private final Accounts accounts;

	private final Duration absoluteTimeout;

	AccountGate(Accounts accounts, Duration absoluteTimeout) {
		this.accounts = accounts;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (ALWAYS_OPEN.contains(path) || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/")) {
			chain.doFilter(request, response);
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof SecondFactorPending) {
			if (path.equals("/login/totp")) {
				chain.doFilter(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login/totp");
			}
			return;
		}
		HttpSession session = request.getSession(false);
		if (session != null && authentication != null && authentication.getPrincipal() instanceof CanhGiacUser user
				&& session.getAttribute(LoginFlow.EPOCH) instanceof Integer epoch) {
			if (!stillValid(user, epoch, session)) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			if (Boolean.TRUE.equals(session.getAttribute(LoginFlow.MUST_CHANGE_PASSWORD))
					&& !path.startsWith("/account/password")) {
				response.sendRedirect(request.getContextPath() + "/account/password");
				return;
			}
			if (Boolean.TRUE.equals(session.getAttribute(LoginFlow.MUST_ENROL)) && !path.startsWith("/account/2fa")) {
				response.sendRedirect(request.getContextPath() + "/account/2fa");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(CanhGiacUser user, int epoch, HttpSession session) {
		Optional<Accounts.SessionState> state = this.accounts.sessionState(user.accountId());
		if (state.isEmpty() || !state.get().enabled() || state.get().epoch() != epoch) {
			return false;
		}
		Object since = session.getAttribute(LoginFlow.SINCE);
		return !(since instanceof Long millis)
				|| Instant.ofEpochMilli(millis).plus(this.absoluteTimeout).isAfter(Instant.now());
	}

}
