package vn.canhgiac.app.intel.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canhgiac.app.intel.IntelManagement;
import vn.canhgiac.app.intel.LookupResult;

/**
 * The public lookup (no login): "is this number / account / wallet / link known?".
 * Answers only the verdict, a bucketed count and the month last seen: the page here, the
 * API ({@code GET /api/lookup}) in {@link LookupApiFilter}.
 */
@Controller
class LookupController {

	private static final int MAX_VALUE_CHARS = 512;

	private final IntelManagement intel;

	private final LookupThrottle throttle;

	LookupController(IntelManagement intel, LookupThrottle throttle) {
		this.intel = intel;
		this.throttle = throttle;
	}

	@GetMapping("/public/lookup")
	String page(@RequestParam(name = "value", required = false) @Nullable String value, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("value", (value != null) ? value : "");
		if (value == null || value.isBlank()) {
			return "intel/lookup";
		}
		long wait = this.throttle.tryTake(request);
		if (wait > 0) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			model.addAttribute("retryAfter", wait);
			return "intel/lookup";
		}
		model.addAttribute("result", lookup(value));
		return "intel/lookup";
	}

	/** Takes one lookup from the client's allowance: 0, or the seconds to wait. */
	long throttle(HttpServletRequest request) {
		return this.throttle.tryTake(request);
	}

	LookupResult lookup(@Nullable String value) {
		if (value == null || value.isBlank() || value.length() > MAX_VALUE_CHARS) {
			return new LookupResult(null, null, LookupResult.UNKNOWN, "0", null);
		}
		return this.intel.lookup(value);
	}

	/** Exactly the five fields of DESIGN.md §2, nulls included. */
	static Map<String, @Nullable Object> json(LookupResult result) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("value", result.value());
		body.put("type", result.type());
		body.put("verdict", result.verdict());
		body.put("reports", result.reports());
		body.put("lastSeen", result.lastSeen());
		return body;
	}

}
