package vn.canhgiac.app.advisories.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletResponse;

import vn.canhgiac.app.advisories.AdvisoryRefused;
import vn.canhgiac.app.evidence.EvidenceRejected;

/**
 * For the advisories pages: refusals as a page that says what to do, and Vietnamese date
 * formats.
 */
@ControllerAdvice(basePackageClasses = AdvisoryWebAdvice.class)
class AdvisoryWebAdvice {

	@ModelAttribute("fmt")
	AdvisoryFormats formats() {
		return AdvisoryFormats.INSTANCE;
	}

	@ExceptionHandler({ AdvisoryRefused.class, EvidenceRejected.class })
	String refused(RuntimeException ex, Model model, HttpServletResponse response,
			jakarta.servlet.http.HttpServletRequest request) {
		java.util.regex.Matcher advisory = java.util.regex.Pattern.compile("^/advisories/(\\d+)/.+")
			.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (advisory.matches() && !(ex instanceof AdvisoryRefused r && r.kind() == AdvisoryRefused.Kind.NOT_FOUND)) {
			model.addAttribute("backTo", Long.parseLong(advisory.group(1)));
		}
		HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
		if (ex instanceof AdvisoryRefused refused) {
			status = switch (refused.kind()) {
				case NOT_FOUND -> HttpStatus.NOT_FOUND;
				case FORBIDDEN -> HttpStatus.FORBIDDEN;
				case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
			};
			model.addAttribute("errorVi", refused.messageVi());
			model.addAttribute("errorEn", refused.messageEn());
		}
		else if (ex instanceof EvidenceRejected rejected) {
			if (rejected instanceof vn.canhgiac.app.evidence.EvidenceUnavailable) {
				status = HttpStatus.SERVICE_UNAVAILABLE;
			}
			model.addAttribute("errorVi", rejected.messageVi());
			model.addAttribute("errorEn", rejected.messageEn());
		}
		response.setStatus(status.value());
		model.addAttribute("fmt", AdvisoryFormats.INSTANCE);
		return "advisories/refused";
	}

}
