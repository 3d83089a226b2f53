package vn.canhgiac.app.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canhgiac.app.accounts.CanhGiacUser;
import vn.canhgiac.app.accounts.Reauthentication;
import vn.canhgiac.app.accounts.SecondFactorCheck;

/**
 * "Confirm it is still you" before a sensitive action.
 */
@Controller
class ConfirmController {

	private final Reauthentication reauthentication;

	ConfirmController(Reauthentication reauthentication) {
		this.reauthentication = reauthentication;
	}

	@GetMapping("/account/confirm")
	String form(@AuthenticationPrincipal CanhGiacUser user, @RequestParam(defaultValue = "/") String next,
			Model model) {
		model.addAttribute("next", Reauthentication.safeNext(next));
		model.addAttribute("usesCode", this.reauthentication.usesCode(user));
		return "accounts/confirm";
	}

	@PostMapping("/account/confirm")
	String confirm(@AuthenticationPrincipal CanhGiacUser user, @RequestParam(defaultValue = "/") String next,
			@RequestParam(defaultValue = "") String secret, HttpServletRequest request, Model model) {
		String target = Reauthentication.safeNext(next);
		SecondFactorCheck check = this.reauthentication.confirm(user, secret, request);
		if (check == SecondFactorCheck.ACCEPTED) {
			return "redirect:" + target;
		}
		model.addAttribute("next", target);
		model.addAttribute("usesCode", this.reauthentication.usesCode(user));
		model.addAttribute("failed", check);
		return "accounts/confirm";
	}

}
