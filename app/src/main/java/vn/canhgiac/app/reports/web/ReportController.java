package vn.canhgiac.app.reports.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.canhgiac.app.checks.CheckManagement;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.PoliceStation;
import vn.canhgiac.app.evidence.EvidenceRejected;
import vn.canhgiac.app.reports.PublicReportLimits;
import vn.canhgiac.app.reports.Report;
import vn.canhgiac.app.reports.ReportCategory;
import vn.canhgiac.app.reports.ReportChannel;
import vn.canhgiac.app.reports.ReportManagement;
import vn.canhgiac.app.reports.ReportRefused;

/**
 * Reporting to the police: the calm playbook first, then one form; afterwards a status
 * page with the conversation. Staff use {@code /reports}; anyone, without an account,
 * {@code /public/report} and the tracking code.
 */
@Controller
class ReportController {

	private final ReportManagement reports;

	private final DirectoryManagement directory;

	private final CheckManagement checks;

	private final PublicReportLimits limits;

	ReportController(ReportManagement reports, DirectoryManagement directory, CheckManagement checks,
			PublicReportLimits limits) {
		this.reports = reports;
		this.directory = directory;
		this.checks = checks;
		this.limits = limits;
	}

	@GetMapping("/reports")
	String list(@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		model.addAttribute("reports", this.reports.ownReports(user.accountId()));
		return "reports/list";
	}

	@GetMapping("/reports/new")
	String form(@RequestParam(name = "check", required = false) @Nullable UUID check,
			@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		ReportForm form = new ReportForm();
		if (check != null && this.checks.check(check, user.accountId()).isPresent()) {
			form.setFromCheck(check);
			this.checks.check(check, user.accountId())
				.filter((c) -> c.kind() == vn.canhgiac.app.checks.CheckKind.IMAGE)
				.ifPresent((c) -> form.setCategory(ReportCategory.EXTORTION_IMAGES));
		}
		return showForm(form, user, model, false);
	}

	@PostMapping("/reports")
	String submit(@ModelAttribute ReportForm form,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal AuthenticatedPerson user, Model model, HttpServletResponse response)
			throws IOException {
		try {
			Report report = this.reports.submit(form.toDraft(), uploads(files), user);
			return "redirect:/reports/" + report.id() + "?sent";
		}
		catch (ReportRefused | EvidenceRejected ex) {
			response.setStatus(status(ex));
			addError(model, ex);
			return showForm(form, user, model, false);
		}
	}

	@GetMapping("/reports/{id}")
	String status(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		Report report = this.reports.own(id, user.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return showStatus(report, user.accountId(), model, "/reports/" + id + "/messages");
	}

	@PostMapping("/reports/{id}/messages")
	String reply(@PathVariable UUID id, @RequestParam String body, @AuthenticationPrincipal AuthenticatedPerson user) {
		Report report = this.reports.own(id, user.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.reports.postMessage(report.id(), false, body, user, null);
		return "redirect:/reports/" + id + "#messages";
	}

	@GetMapping("/public/report")
	String publicForm(Model model) {
		return showForm(new ReportForm(), null, model, true);
	}

	@PostMapping("/public/report")
	String publicSubmit(@ModelAttribute ReportForm form,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!this.limits.allowReport(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", "3600");
			model.addAttribute("errorVi",
					"Bạn đã gửi nhiều phản ánh trong thời gian ngắn. Hãy thử lại sau một giờ hoặc gọi 113 nếu khẩn cấp.");
			model.addAttribute("errorEn", "Too many reports in a short time. Try again in an hour, or call 113.");
			return showForm(form, null, model, true);
		}
		form.setFromCheck(null);
		try {
			Report report = this.reports.submit(form.toDraft(), uploads(files), null);
			return "redirect:/public/reports/" + report.trackingCode() + "?sent";
		}
		catch (ReportRefused | EvidenceRejected ex) {
			response.setStatus(status(ex));
			addError(model, ex);
			return showForm(form, null, model, true);
		}
	}

	@GetMapping("/public/track")
	String track(@RequestParam(name = "code", required = false) @Nullable String code, Model model) {
		if (code != null && !code.isBlank()) {
			return "redirect:/public/reports/" + code.strip().toUpperCase(java.util.Locale.ROOT);
		}
		return "reports/track";
	}

	@GetMapping("/public/reports/{code}")
	String publicStatus(@PathVariable String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Report report = byCode(code, request, response);
		return showStatus(report, null, model, "/public/reports/" + report.trackingCode() + "/messages");
	}

	@PostMapping("/public/reports/{code}/messages")
	String publicReply(@PathVariable String code, @RequestParam String body, HttpServletRequest request,
			HttpServletResponse response) {
		Report report = byCode(code, request, response);
		this.reports.postMessage(report.id(), false, body, null, null);
		return "redirect:/public/reports/" + report.trackingCode() + "#messages";
	}

	/** The closest station to where the phone is; the position is used once, not kept. */
	@GetMapping("/public/stations/nearest")
	@ResponseBody
	ResponseEntity<Map<String, Object>> nearest(@RequestParam double lat, @RequestParam double lon) {
		return this.directory.nearestStation(lat, lon)
			.map((s) -> ResponseEntity.ok(Map.<String, Object>of("name", s.name(), "address", s.address(), "phone",
					s.phone(), "communes", s.communeIds())))
			.orElse(ResponseEntity.notFound().build());
	}

	@ExceptionHandler(ReportRefused.class)
	String refused(ReportRefused ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		addError(model, ex);
		return "reports/refused";
	}

	private Report byCode(String code, HttpServletRequest request, HttpServletResponse response) {
		if (!this.limits.allowLookup(request.getRemoteAddr())) {
			response.setHeader("Retry-After", "600");
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		return this.reports.byTrackingCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String showForm(ReportForm form, @Nullable AuthenticatedPerson user, Model model, boolean anonymous) {
		PoliceStation station = (user != null && user.unitId() != null)
				? this.directory.stationFor(user.unitId()).orElse(null) : null;
		model.addAttribute("form", form);
		model.addAttribute("station", station);
		model.addAttribute("anonymous", anonymous);
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("channels", ReportChannel.values());
		model.addAttribute("communes", this.directory.communes());
		model.addAttribute("consentText", ReportManagement.CONSENT_TEXT);
		model.addAttribute("action", anonymous ? "/public/report" : "/reports");
		return "reports/new";
	}

	private String showStatus(Report report, @Nullable Long viewer, Model model, String replyAction) {
		model.addAttribute("report", report);
		model.addAttribute("station",
				(report.stationId() != null) ? this.directory.stations()
					.stream()
					.filter((s) -> s.id() == report.stationId())
					.findFirst()
					.orElse(null) : null);
		model.addAttribute("messages", this.reports.messages(report.id(), viewer));
		model.addAttribute("replyAction", replyAction);
		return "reports/status";
	}

	private static List<ReportManagement.Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
		List<ReportManagement.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					uploads.add(new ReportManagement.Upload(file.getInputStream(), file.getOriginalFilename()));
				}
			}
		}
		return uploads;
	}

	/** 503 when the evidence store did not answer: the form is kept, to send again. */
	private static int status(RuntimeException ex) {
		return (ex instanceof vn.canhgiac.app.evidence.EvidenceUnavailable) ? HttpStatus.SERVICE_UNAVAILABLE.value()
				: HttpStatus.UNPROCESSABLE_ENTITY.value();
	}

	private static void addError(Model model, RuntimeException ex) {
		if (ex instanceof ReportRefused refused) {
			model.addAttribute("errorVi", refused.messageVi());
			model.addAttribute("errorEn", refused.messageEn());
		}
		else if (ex instanceof EvidenceRejected rejected) {
			model.addAttribute("errorVi", rejected.messageVi());
			model.addAttribute("errorEn", rejected.messageEn());
		}
	}

}
