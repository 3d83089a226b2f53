package vn.canhgiac.app.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.accounts.CanhGiacUser;
import vn.canhgiac.app.accounts.LoginFlow;
import vn.canhgiac.app.accounts.TwoFactorManagement;

/**
 * Turning the second factor on (QR code and secret as text, confirmed with a code),
 * recovery codes, and turning it off where the role allows.
 */
@Controller
class TwoFactorController {

	/** The secret being enrolled lives in the session until it is confirmed. */
	private static final String PENDING_SECRET = TwoFactorController.class.getName() + ".secret";

	private final TwoFactorManagement twoFactor;

	private final LoginFlow loginFlow;

	TwoFactorController(TwoFactorManagement twoFactor, LoginFlow loginFlow) {
		this.twoFactor = twoFactor;
		this.loginFlow = loginFlow;
	}

	@GetMapping("/account/2fa")
	String page(@AuthenticationPrincipal CanhGiacUser user, HttpSession session, Model model) {
		model.addAttribute("required", this.twoFactor.isRequired(user));
		if (this.twoFactor.isEnabled(user.accountId())) {
			model.addAttribute("unusedRecoveryCodes", this.twoFactor.unusedRecoveryCodes(user.accountId()));
			return "accounts/2fa-manage";
		}
		String secret = (session.getAttribute(PENDING_SECRET) instanceof String pending) ? pending
				: this.twoFactor.newSecret();
		session.setAttribute(PENDING_SECRET, secret);
		model.addAttribute("secret", secret);
		model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
		model.addAttribute("qr", QrCodes.pngDataUri(this.twoFactor.otpauthUri(user.username(), secret)));
		return "accounts/2fa-enrol";
	}

	@PostMapping("/account/2fa")
	String confirm(@AuthenticationPrincipal CanhGiacUser user, @RequestParam(defaultValue = "") String code,
			HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
			return "redirect:/account/2fa";
		}
		List<String> recoveryCodes = this.twoFactor.enable(user.accountId(), secret, code);
		if (recoveryCodes.isEmpty()) {
			redirect.addFlashAttribute("wrongCode", true);
			return "redirect:/account/2fa";
		}
		session.removeAttribute(PENDING_SECRET);
		this.loginFlow.cleared(request);
		model.addAttribute("recoveryCodes", recoveryCodes);
		model.addAttribute("justEnabled", true);
		return "accounts/2fa-recovery";
	}

	@PostMapping("/account/2fa/recovery-codes")
	String newRecoveryCodes(@AuthenticationPrincipal CanhGiacUser user, Model model) {
		if (!this.twoFactor.isEnabled(user.accountId())) {
			return "redirect:/account/2fa";
		}
		model.addAttribute("recoveryCodes", this.twoFactor.newRecoveryCodes(user.accountId()));
		model.addAttribute("justEnabled", false);
		return "accounts/2fa-recovery";
	}

	@PostMapping("/account/2fa/disable")
	String disable(@AuthenticationPrincipal CanhGiacUser user, RedirectAttributes redirect) {
		boolean disabled = this.twoFactor.disable(user);
		redirect.addFlashAttribute(disabled ? "twoFactorDisabled" : "twoFactorRequired", true);
		return "redirect:/account/security";
	}

}
