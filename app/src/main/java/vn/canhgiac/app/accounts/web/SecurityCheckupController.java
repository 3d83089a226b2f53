package vn.canhgiac.app.accounts.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.accounts.CanhGiacUser;
import vn.canhgiac.app.accounts.Role;
import vn.canhgiac.app.accounts.TwoFactorManagement;

/**
 * The personal security check-up: the user's own status, a password tester, and a
 * checklist for their accounts elsewhere (mail, Zalo, Facebook, bank).
 */
@Controller
class SecurityCheckupController {

	/** Vietnam's time, whatever the server's zone. */
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final AccountManagement accounts;

	private final TwoFactorManagement twoFactor;

	SecurityCheckupController(AccountManagement accounts, TwoFactorManagement twoFactor) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/account/security")
	String checkup(@AuthenticationPrincipal CanhGiacUser user, Model model) {
		model.addAttribute("password", this.accounts.passwordStatus(user));
		model.addAttribute("twoFactorEnabled", this.twoFactor.isEnabled(user.accountId()));
		model.addAttribute("twoFactorRequired", this.twoFactor.isRequired(user));
		model.addAttribute("administrator",
				user.roles().contains(Role.UNIT_ADMIN) || user.roles().contains(Role.POLICE_ADMIN));
		model.addAttribute("logins",
				this.accounts.recentLogins(user.accountId())
					.stream()
					.map((login) -> new LoginView(WHEN.format(login.at()), login.remoteAddress(), login.secondFactor()))
					.toList());
		return "accounts/security";
	}

	record LoginView(String at, @Nullable String remoteAddress, boolean secondFactor) {
	}

	/** Ends every session of this account, this one included. */
	@PostMapping("/account/sessions/end-all")
	String endAll(@AuthenticationPrincipal CanhGiacUser user, HttpServletRequest request) {
		this.accounts.endAllSessions(user.accountId());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/login?loggedOutEverywhere";
	}

}
