package vn.canhgiac.app.cases.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.accounts.Reauthentication;
import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.cases.CaseExport;
import vn.canhgiac.app.cases.CaseManagement;
import vn.canhgiac.app.cases.CaseRefused;
import vn.canhgiac.app.cases.CaseSeverity;
import vn.canhgiac.app.cases.CaseStatus;
import vn.canhgiac.app.cases.PoliceCase;
import vn.canhgiac.app.checks.CheckManagement;
import vn.canhgiac.app.checks.ContentCheck;
import vn.canhgiac.app.checks.web.CheckView;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.evidence.EvidenceAccess;
import vn.canhgiac.app.evidence.EvidenceManagement;
import vn.canhgiac.app.evidence.EvidenceObject;
import vn.canhgiac.app.intel.IntelManagement;
import vn.canhgiac.app.reports.Report;
import vn.canhgiac.app.reports.ReportManagement;

/**
 * The police inbox and case page. Everything goes through {@link CaseManagement}, which
 * answers "not found" for a case the officer may not see.
 */
@Controller
class CaseController {

	private final CaseManagement cases;

	private final ReportManagement reports;

	private final CheckManagement checks;

	private final EvidenceManagement evidence;

	private final DirectoryManagement directory;

	private final Reauthentication reauthentication;

	private final AuditTrail audit;

	private final CaseExport export;

	private final IntelManagement intel;

	CaseController(CaseManagement cases, ReportManagement reports, CheckManagement checks, EvidenceManagement evidence,
			DirectoryManagement directory, Reauthentication reauthentication, AuditTrail audit, CaseExport export,
			IntelManagement intel) {
		this.cases = cases;
		this.reports = reports;
		this.checks = checks;
		this.evidence = evidence;
		this.directory = directory;
		this.reauthentication = reauthentication;
		this.audit = audit;
		this.export = export;
		this.intel = intel;
	}

	@GetMapping("/cases")
	String inbox(@RequestParam(required = false) @Nullable CaseStatus status,
			@RequestParam(defaultValue = "false") boolean mine, @AuthenticationPrincipal AuthenticatedPerson user,
			Model model) {
		requirePolice(user);
		model.addAttribute("cases", this.cases.inbox(user, status, mine));
		model.addAttribute("status", status);
		model.addAttribute("mine", mine);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("stationNames", stationNames());
		return "cases/inbox";
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedPerson user, Model model,
			HttpServletRequest request) {
		PoliceCase policeCase = this.cases.get(id, user);
		Report report = this.reports.find(policeCase.reportId()).orElseThrow();
		this.cases.recordView(id, "view", user);
		List<Analysis> analyses = new ArrayList<>();
		for (UUID checkId : this.reports.checkIds(report.id())) {
			this.checks.find(checkId).ifPresent((check) -> analyses.add(analysis(check)));
		}
		model.addAttribute("case", policeCase);
		model.addAttribute("report", report);
		model.addAttribute("description",
				this.reports.description(report, user.accountId(), "case " + policeCase.ref() + ": description"));
		model.addAttribute("analyses", analyses);
		model.addAttribute("indicators", this.cases.indicators(id));
		model.addAttribute("tasks", this.cases.tasks(id));
		model.addAttribute("notes", this.cases.notes(id));
		model.addAttribute("messages", this.reports.messages(report.id(), user.accountId()));
		model.addAttribute("officers", this.cases.assignableOfficers(policeCase, user));
		model.addAttribute("severities", CaseSeverity.values());
		model.addAttribute("categories", vn.canhgiac.app.reports.ReportCategory.values());
		model.addAttribute("nextStatuses", policeCase.status().next().stream().sorted().toList());
		model.addAttribute("stations", this.directory.stations());
		model.addAttribute("stationNames", stationNames());
		model.addAttribute("sharedWith", this.cases.sharedWith(id));
		model.addAttribute("mergedFrom", this.cases.mergedFrom(id));
		model.addAttribute("fresh", this.reauthentication.isFresh(request));
		model.addAttribute("timeline", this.audit.forCase(id.toString()));
		model.addAttribute("related", this.intel.relatedCases(id));
		return "cases/case";
	}

	@PostMapping("/cases/{id}/triage")
	String triage(@PathVariable UUID id, @RequestParam String category, @RequestParam CaseSeverity severity,
			@AuthenticationPrincipal AuthenticatedPerson user, RedirectAttributes redirect) {
		this.cases.triage(id, category, severity, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam long assignee, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		this.cases.assign(id, assignee, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/status")
	String move(@PathVariable UUID id, @RequestParam CaseStatus status,
			@RequestParam(required = false) @Nullable String resolution,
			@AuthenticationPrincipal AuthenticatedPerson user, RedirectAttributes redirect) {
		this.cases.move(id, status, resolution, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam String into, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		this.cases.merge(id, into, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/share")
	String share(@PathVariable UUID id, @RequestParam long station, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		this.cases.share(id, station, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam String body, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		this.cases.addNote(id, body, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/tasks")
	String task(@PathVariable UUID id, @RequestParam String title,
			@RequestParam(required = false) @Nullable Long assignee, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		this.cases.addTask(id, title, assignee, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/tasks/{task}/done")
	String taskDone(@PathVariable UUID id, @PathVariable long task, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		this.cases.completeTask(id, task, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/messages")
	String message(@PathVariable UUID id, @RequestParam String body, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		this.cases.messageReporter(id, body, user);
		return done(id, redirect);
	}

	@PostMapping("/cases/{id}/indicators")
	String acceptIndicator(@PathVariable UUID id, @RequestParam String type, @RequestParam String value,
			@AuthenticationPrincipal AuthenticatedPerson user, RedirectAttributes redirect) {
		this.cases.acceptIndicator(id, type, value, user);
		return done(id, redirect);
	}

	/**
	 * A picture of the case, blurred; {@code reveal=true} (after confirming the password
	 * within five minutes) shows it sharp. Both are logged with the case.
	 */
	@GetMapping("/cases/{id}/checks/{checkId}/picture")
	ResponseEntity<byte[]> picture(@PathVariable UUID id, @PathVariable UUID checkId,
			@RequestParam(defaultValue = "false") boolean reveal, @AuthenticationPrincipal AuthenticatedPerson user,
			HttpServletRequest request) throws IOException {
		PoliceCase policeCase = this.cases.get(id, user);
		ContentCheck check = checkOfCase(policeCase, checkId);
		if (reveal) {
			requireFresh(request);
		}
		String purpose = "case " + policeCase.ref() + (reveal ? ": reveal" : ": blurred view");
		byte[] png = this.checks.picturePreview(check, reveal, user.accountId(), purpose);
		this.audit.record(user, reveal ? "evidence.reveal" : "evidence.view-blurred", "evidence",
				check.evidenceId().toString(), id.toString(), Map.of("purpose", "case work"));
		return sealed(MediaType.IMAGE_PNG, null, png);
	}

	/** The original file, as received, after a fresh password confirmation. Logged. */
	@GetMapping("/cases/{id}/checks/{checkId}/original")
	ResponseEntity<byte[]> original(@PathVariable UUID id, @PathVariable UUID checkId,
			@AuthenticationPrincipal AuthenticatedPerson user, HttpServletRequest request) {
		PoliceCase policeCase = this.cases.get(id, user);
		ContentCheck check = checkOfCase(policeCase, checkId);
		requireFresh(request);
		EvidenceObject object = this.evidence.find(check.evidenceId()).orElseThrow();
		byte[] bytes = this.evidence.read(object.id(), user.accountId(), EvidenceAccess.DOWNLOAD,
				"case " + policeCase.ref() + ": download original");
		this.audit.record(user, "evidence.download", "evidence", object.id().toString(), id.toString(),
				Map.of("sha256", object.sha256()));
		return sealed(MediaType.APPLICATION_OCTET_STREAM, object.id().toString(), bytes);
	}

	@GetMapping("/cases/{id}/export.pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedPerson user,
			java.util.Locale locale) throws IOException {
		PoliceCase policeCase = this.cases.get(id, user);
		byte[] pdf = this.export.summaryPdf(id, user, locale);
		return sealed(MediaType.APPLICATION_PDF, policeCase.ref() + ".pdf", pdf);
	}

	/**
	 * The evidence package: originals, manifest and signatures. Holds unblurred evidence,
	 * so it needs a fresh password confirmation like a reveal.
	 */
	@GetMapping("/cases/{id}/package.zip")
	void exportPackage(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedPerson user,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		PoliceCase policeCase = this.cases.get(id, user);
		requireFresh(request);
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + policeCase.ref() + ".zip\"");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
		this.export.writePackage(id, user, response.getOutputStream());
	}

	@ExceptionHandler(CaseRefused.class)
	String refused(CaseRefused ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("errorVi", ex.messageVi());
		model.addAttribute("errorEn", ex.messageEn());
		return "cases/refused";
	}

	/**
	 * Evidence and exports leave the portal uncached, unsniffable and sandboxed; files to
	 * keep are attachments, never rendered in the browser.
	 */
	private static ResponseEntity<byte[]> sealed(MediaType type, @Nullable String attachmentName, byte[] body) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("X-Content-Type-Options", "nosniff");
		if (attachmentName != null) {
			response.header("Content-Disposition", "attachment; filename=\"" + attachmentName + "\"");
		}
		return response.body(body);
	}

	/** Unblurred evidence needs the password confirmed within the last five minutes. */
	private void requireFresh(HttpServletRequest request) {
		if (!this.reauthentication.isFresh(request)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private ContentCheck checkOfCase(PoliceCase policeCase, UUID checkId) {
		if (!this.reports.checkIds(policeCase.reportId()).contains(checkId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.checks.find(checkId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Analysis analysis(ContentCheck check) {
		EvidenceObject object = this.evidence.find(check.evidenceId()).orElse(null);
		boolean picture = object != null && object.contentType().startsWith("image/");
		CheckView view = (check.verdict() != null) ? CheckView.of(check) : null;
		return new Analysis(check, object, picture, view);
	}

	private Map<Long, String> stationNames() {
		Map<Long, String> names = new java.util.HashMap<>();
		this.directory.stations().forEach((s) -> names.put(s.id(), s.name()));
		return names;
	}

	private static String done(UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/cases/" + id;
	}

	private static void requirePolice(AuthenticatedPerson user) {
		if (!user.hasRole("POLICE_OFFICER") && !user.hasRole("POLICE_ADMIN")) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** One analysis of the case's evidence, as the case page shows it. */
	public record Analysis(ContentCheck check, @Nullable EvidenceObject object, boolean picture,
			@Nullable CheckView view) {

	}

}
