package vn.canhgiac.app.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.accounts.CanhGiacUser;
import vn.canhgiac.app.accounts.LoginFlow;
import vn.canhgiac.app.accounts.PasswordRefused;
import vn.canhgiac.app.accounts.PasswordStrengthEstimator;
import vn.canhgiac.app.accounts.StrengthEstimate;

/**
 * Change your own password, with live strength feedback. Passwords sent to the strength
 * check are estimated in memory and never stored or logged.
 */
@Controller
class PasswordController {

	private final AccountManagement accounts;

	private final PasswordStrengthEstimator estimator;

	private final LoginFlow loginFlow;

	private final MessageSource messages;

	/**
	 * A crafted 128-character input costs the estimator up to about half a second of CPU:
	 * at most this many run at once, so signed-in users cannot starve the portal.
	 */
	private final Semaphore estimating = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

	PasswordController(AccountManagement accounts, PasswordStrengthEstimator estimator, LoginFlow loginFlow,
			MessageSource messages) {
		this.accounts = accounts;
		this.estimator = estimator;
		this.loginFlow = loginFlow;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String form(@AuthenticationPrincipal CanhGiacUser user, Model model) {
		model.addAttribute("status", this.accounts.passwordStatus(user));
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal CanhGiacUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmPassword, Model model, Locale locale,
			HttpServletRequest request, RedirectAttributes redirect) {
		model.addAttribute("status", this.accounts.passwordStatus(user));
		if (!newPassword.equals(confirmPassword)) {
			model.addAttribute("problem", this.messages.getMessage("password.mismatch", null, locale));
			return "accounts/password";
		}
		try {
			this.accounts.changePassword(user, currentPassword, newPassword);
		}
		catch (PasswordRefused ex) {
			model.addAttribute("problem", locale.getLanguage().equals("en") ? ex.getMessage() : ex.messageVi());
			return "accounts/password";
		}
		this.loginFlow.cleared(request);
		redirect.addFlashAttribute("changed", true);
		return "redirect:/account/security";
	}

	/**
	 * Live feedback for the strength meter (JavaScript) and the check-up's password
	 * tester.
	 */
	@PostMapping(path = "/account/password/strength", produces = "application/json")
	@ResponseBody
	StrengthView strength(@AuthenticationPrincipal CanhGiacUser user, @RequestParam(defaultValue = "") String password,
			Locale locale) throws InterruptedException {
		if (!this.estimating.tryAcquire(2, TimeUnit.SECONDS)) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		StrengthEstimate estimate;
		try {
			estimate = this.estimator.estimate(password, this.accounts.personalWords(user));
		}
		finally {
			this.estimating.release();
		}
		String warning = (estimate.warningKey() != null) ? message(estimate.warningKey(), locale) : null;
		List<String> suggestions = estimate.suggestionKeys().stream().map((key) -> message(key, locale)).toList();
		return new StrengthView(estimate.score(), message("strength.score." + estimate.score(), locale),
				estimate.acceptable(), warning, suggestions);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	record StrengthView(int score, String label, boolean acceptable, @Nullable String warning,
			List<String> suggestions) {
	}

}
