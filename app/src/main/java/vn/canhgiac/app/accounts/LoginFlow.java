package vn.canhgiac.app.accounts;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The login after the password: either straight in, or first the one-time code. A new
 * session id is issued after each factor (Spring does it after the password, we do it
 * after the code), and the session remembers when it began and which "sign out
 * everywhere" generation it belongs to, for {@link AccountGate}.
 */
@Component
public class LoginFlow implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String SINCE = LoginFlow.class.getName() + ".since";

	static final String EPOCH = LoginFlow.class.getName() + ".epoch";

	static final String MUST_CHANGE_PASSWORD = LoginFlow.class.getName() + ".mustChangePassword";

	static final String MUST_ENROL = LoginFlow.class.getName() + ".mustEnrol";

	private final AccountManagement accounts;

	private final TwoFactorManagement twoFactor;

	private final Accounts accountRows;

	private final SecurityContextRepository contexts;

	private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	LoginFlow(AccountManagement accounts, TwoFactorManagement twoFactor, Accounts accountRows,
			SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.accountRows = accountRows;
		this.contexts = contexts;
		this.savedRequest.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		CanhGiacUser user = (CanhGiacUser) authentication.getPrincipal();
		if (this.twoFactor.isEnabled(user.accountId())) {
			saveContext(new SecondFactorPending(authentication), request, response);
			response.sendRedirect(request.getContextPath() + "/login/totp");
			return;
		}
		String next = begin(user, request, false);
		if (next != null) {
			response.sendRedirect(request.getContextPath() + next);
			return;
		}
		this.savedRequest.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException exception) throws IOException {
		String outcome = (exception instanceof LoginThrottled) ? "throttled" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

	/** The account waiting for its one-time code in this session, if any. */
	public Optional<Long> pendingAccount() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return (current instanceof SecondFactorPending pending) ? Optional.of(pending.accountId()) : Optional.empty();
	}

	/**
	 * Checks the code of the pending login and, when it is right, completes the login.
	 * @param recovery whether the code is a recovery code
	 * @return the outcome and, when accepted, where to go next
	 */
	public SecondFactorOutcome completeWithCode(String code, boolean recovery, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (!(current instanceof SecondFactorPending pending)) {
			return new SecondFactorOutcome(SecondFactorCheck.REJECTED, "/login");
		}
		SecondFactorCheck check = recovery ? this.twoFactor.verifyRecoveryCode(pending.accountId(), code)
				: this.twoFactor.verify(pending.accountId(), code);
		if (check != SecondFactorCheck.ACCEPTED) {
			return new SecondFactorOutcome(check, "/login/totp");
		}
		request.changeSessionId();
		Authentication full = pending.passwordAuthentication();
		saveContext(full, request, response);
		String next = begin((CanhGiacUser) full.getPrincipal(), request, true);
		return new SecondFactorOutcome(check, (next != null) ? next : "/");
	}

	/**
	 * Marks the session as fully signed in; returns the page the user must see first, or
	 * null for the page they asked for.
	 */
	private @Nullable String begin(CanhGiacUser user, HttpServletRequest request, boolean secondFactor) {
		HttpSession session = request.getSession();
		session.setAttribute(SINCE, Instant.now().toEpochMilli());
		session.setAttribute(EPOCH, this.accountRows.sessionState(user.accountId()).orElseThrow().epoch());
		this.accounts.recordLogin(user.accountId(), request.getRemoteAddr(), secondFactor);
		PasswordStatus password = this.accounts.passwordStatus(user);
		if (password.changeRequired()) {
			session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
			return "/account/password";
		}
		if (this.twoFactor.isRequired(user) && !this.twoFactor.isEnabled(user.accountId())) {
			session.setAttribute(MUST_ENROL, Boolean.TRUE);
			return "/account/2fa";
		}
		if (password.reminderDue()) {
			return "/account/password?reminder";
		}
		return null;
	}

	/** Called after the user changed the password or enrolled, to lift the gate. */
	public void cleared(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(MUST_CHANGE_PASSWORD);
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			if (current != null && current.getPrincipal() instanceof CanhGiacUser user
					&& this.twoFactor.isEnabled(user.accountId())) {
				session.removeAttribute(MUST_ENROL);
			}
		}
	}

	private void saveContext(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * What became of a one-time code at login.
	 *
	 * @param check accepted, rejected or locked
	 * @param next where to send the user
	 */
	public record SecondFactorOutcome(SecondFactorCheck check, String next) {

	}

}
