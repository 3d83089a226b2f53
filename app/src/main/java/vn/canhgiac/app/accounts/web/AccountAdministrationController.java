package vn.canhgiac.app.accounts.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.accounts.CanhGiacUser;
import vn.canhgiac.app.accounts.TwoFactorManagement;

/**
 * A unit administrator's view of their unit's account security: who has a second factor,
 * whose password is old (never a password), and resetting a lost factor.
 */
@Controller
class AccountAdministrationController {

	private final AccountManagement accounts;

	private final TwoFactorManagement twoFactor;

	AccountAdministrationController(AccountManagement accounts, TwoFactorManagement twoFactor) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/admin/accounts")
	String coverage(@AuthenticationPrincipal CanhGiacUser admin, Model model) {
		var rows = this.accounts.coverage(admin);
		model.addAttribute("rows", rows);
		model.addAttribute("withTotp", rows.stream().filter((row) -> row.totpEnabled()).count());
		return "accounts/coverage";
	}

	@PostMapping("/admin/accounts/{accountId}/2fa/reset")
	String reset(@AuthenticationPrincipal CanhGiacUser admin, @PathVariable long accountId,
			RedirectAttributes redirect) {
		if (!this.twoFactor.resetByAdministrator(admin, accountId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		redirect.addFlashAttribute("reset", true);
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{accountId}/password/require-change")
	String requirePasswordChange(@AuthenticationPrincipal CanhGiacUser admin, @PathVariable long accountId,
			RedirectAttributes redirect) {
		if (!this.accounts.requirePasswordChange(admin, accountId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		redirect.addFlashAttribute("changeRequired", true);
		return "redirect:/admin/accounts";
	}

}
