package vn.canhgiac.app.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canhgiac.app.accounts.LoginFlow;
import vn.canhgiac.app.accounts.TwoFactorManagement;

@Controller
class LoginController {

	private final LoginFlow loginFlow;

	private final TwoFactorManagement twoFactor;

	LoginController(LoginFlow loginFlow, TwoFactorManagement twoFactor) {
		this.loginFlow = loginFlow;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/login")
	String login() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		return "accounts/login";
	}

	@GetMapping("/login/totp")
	String codeStep(Model model) {
		Long account = this.loginFlow.pendingAccount().orElse(null);
		if (account == null) {
			return "redirect:/login";
		}
		model.addAttribute("locked", this.twoFactor.lockedUntil(account).isPresent());
		return "accounts/totp-login";
	}

	@PostMapping("/login/totp")
	String checkCode(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String recoveryCode,
			HttpServletRequest request, HttpServletResponse response) {
		boolean recovery = code.isBlank() && !recoveryCode.isBlank();
		LoginFlow.SecondFactorOutcome outcome = this.loginFlow.completeWithCode(recovery ? recoveryCode : code,
				recovery, request, response);
		return switch (outcome.check()) {
			case ACCEPTED -> "redirect:" + outcome.next();
			case LOCKED -> "redirect:/login/totp?locked";
			case REJECTED -> outcome.next().equals("/login") ? "redirect:/login" : "redirect:/login/totp?error";
		};
	}

}
