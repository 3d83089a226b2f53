package vn.canhgiac.app.intel.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.intel.IndicatorKind;
import vn.canhgiac.app.intel.IndicatorRow;
import vn.canhgiac.app.intel.IntelManagement;
import vn.canhgiac.app.intel.IntelRefused;

/**
 * Police: the indicator list and the blacklist decisions (propose, confirm by a second
 * officer, reject, allowlist), each with a reason and an audit entry.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICE_OFFICER', 'POLICE_ADMIN')")
class IndicatorController {

	static final List<String> STATUSES = List.of("reported", "confirmed", "false_positive", "allowlisted");

	private final IntelManagement intel;

	IndicatorController(IntelManagement intel) {
		this.intel = intel;
	}

	@GetMapping("/intel/indicators")
	String list(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "type", required = false) @Nullable String type, Model model) {
		String safeStatus = (status != null && STATUSES.contains(status)) ? status : null;
		String safeType = (type != null && IndicatorKind.fromWireName(type).isPresent()) ? type : null;
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("status", (safeStatus != null) ? safeStatus : "");
		model.addAttribute("type", (safeType != null) ? safeType : "");
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("types",
				java.util.Arrays.stream(IndicatorKind.values()).map(IndicatorKind::wireName).toList());
		model.addAttribute("indicators", this.intel.search(query, safeStatus, safeType, 100));
		return "intel/indicators";
	}

	@GetMapping("/intel/indicators/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		IndicatorRow row = this.intel.indicator(id)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		model.addAttribute("indicator", row);
		model.addAttribute("sightings", this.intel.sightings(id));
		model.addAttribute("ownProposal", row.proposedBy() != null && row.proposedBy() == user.accountId());
		model.addAttribute("admin", user.hasRole("POLICE_ADMIN"));
		return "intel/indicator";
	}

	@PostMapping("/intel/indicators/{id}/{action}")
	String decide(@PathVariable long id, @PathVariable String action,
			@RequestParam(name = "reason", defaultValue = "") String reason,
			@AuthenticationPrincipal AuthenticatedPerson user, RedirectAttributes redirect, Locale locale) {
		try {
			switch (action) {
				case "propose" -> this.intel.proposeConfirmation(id, user, reason);
				case "confirm" -> this.intel.confirm(id, user, reason);
				case "reject" -> this.intel.reject(id, user, reason);
				case "allowlist" -> this.intel.allowlist(id, user, reason);
				default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("done", action);
		}
		catch (IntelRefused ex) {
			redirect.addFlashAttribute("error", locale.getLanguage().equals("en") ? ex.messageEn() : ex.messageVi());
		}
		return "redirect:/intel/indicators/" + id;
	}

}
