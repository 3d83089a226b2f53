package vn.canhgiac.app.advisories.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.advisories.Advisories;
import vn.canhgiac.app.advisories.Advisory;
import vn.canhgiac.app.advisories.ComplianceReport;
import vn.canhgiac.app.advisories.PendingPerson;
import vn.canhgiac.app.platform.SpreadsheetCells;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;

/**
 * "Tiến độ quán triệt": per advisory and per unit, the share of people delivered, opened,
 * acknowledged and passed; drill-down to who is still pending; "remind them"; CSV and
 * PDF. Police administrators and leaders see the whole tree, unit administrators their
 * own subtree.
 */
@Controller
class ComplianceController {

	static final int PENDING_ON_PAGE = 200;

	private final Advisories advisories;

	private final DirectoryManagement directory;

	private final vn.canhgiac.app.platform.PdfRenderer pdf;

	ComplianceController(Advisories advisories, DirectoryManagement directory,
			vn.canhgiac.app.platform.PdfRenderer pdf) {
		this.advisories = advisories;
		this.directory = directory;
		this.pdf = pdf;
	}

	@GetMapping("/advisories/compliance")
	String overview(@RequestParam(required = false) @Nullable Long unit,
			@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		Long root = this.advisories.scopeRoot(user, unit);
		model.addAttribute("rows", this.advisories.overview(user, unit));
		model.addAttribute("unit", (root != null) ? this.directory.unit(root).orElse(null) : null);
		model.addAttribute("unitChoices", unitChoices(user));
		model.addAttribute("seesAll", user.hasRole("POLICE_ADMIN") || user.hasRole("LEADER"));
		return "advisories/compliance-overview";
	}

	@GetMapping("/advisories/{id:\\d+}/compliance")
	String advisory(@PathVariable long id, @RequestParam(required = false) @Nullable Long unit,
			@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		ComplianceReport report = this.advisories.compliance(id, user, unit, PENDING_ON_PAGE);
		model.addAttribute("r", report);
		model.addAttribute("a", report.advisory());
		model.addAttribute("unitParam", (report.root() != null) ? report.root().id() : null);
		return "advisories/compliance";
	}

	@PostMapping("/advisories/{id:\\d+}/compliance/remind")
	String remind(@PathVariable long id, @RequestParam(required = false) @Nullable Long unit,
			@AuthenticationPrincipal AuthenticatedPerson user, RedirectAttributes redirect) {
		int reminded = this.advisories.remind(id, user, unit);
		redirect.addFlashAttribute("reminded", reminded);
		return "redirect:/advisories/" + id + "/compliance" + ((unit != null) ? "?unit=" + unit : "");
	}

	@GetMapping("/advisories/{id:\\d+}/compliance.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(defaultValue = "false") boolean pending, @AuthenticationPrincipal AuthenticatedPerson user)
			throws IOException {
		List<PendingPerson> people = this.advisories.records(id, user, unit, pending);
		Advisory advisory = this.advisories.get(id);
		StringWriter out = new StringWriter();
		out.write('\uFEFF'); // so that spreadsheet programs read UTF-8
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord("so_hieu", "ho_ten", "chuc_vu", "don_vi", "them_luc", "da_nhan", "da_mo", "da_xac_nhan",
					"dat_kiem_tra", "so_lan_lam_bai", "so_lan_nhac");
			AdvisoryFormats f = AdvisoryFormats.INSTANCE;
			for (PendingPerson p : people) {
				csv.printRecord(SpreadsheetCells.text(advisory.label()), SpreadsheetCells.text(p.fullName()),
						SpreadsheetCells.text((p.position() != null) ? p.position() : ""),
						SpreadsheetCells.text(p.unitName()), f.dateTime(p.addedAt()), f.dateTime(p.deliveredAt()),
						f.dateTime(p.openedAt()), f.dateTime(p.acknowledgedAt()), f.dateTime(p.quizPassedAt()),
						p.quizAttempts(), p.reminders());
			}
		}
		return download(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
				fileName(advisory, "csv"));
	}

	@GetMapping("/advisories/{id:\\d+}/compliance.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) @Nullable Long unit,
			@AuthenticationPrincipal AuthenticatedPerson user, Locale locale) throws IOException {
		ComplianceReport report = this.advisories.compliance(id, user, unit, 2_000);
		byte[] bytes = this.pdf.render("advisories/compliance-pdf", Map.of("r", report, "a", report.advisory(), "fmt",
				AdvisoryFormats.INSTANCE, "printedAt", java.time.Instant.now()), locale);
		return download(bytes, MediaType.APPLICATION_PDF_VALUE, fileName(report.advisory(), "pdf"));
	}

	private List<OrgUnit> unitChoices(AuthenticatedPerson user) {
		if (user.hasRole("POLICE_ADMIN") || user.hasRole("LEADER")) {
			return this.directory.units();
		}
		return (user.unitId() != null) ? this.directory.units()
			.stream()
			.filter((u) -> this.directory.subtree(user.unitId()).contains(u.id()))
			.toList() : List.of();
	}

	private static String fileName(Advisory advisory, String extension) {
		return "tien-do-quan-triet-" + advisory.label().replaceAll("[^\\p{L}\\p{N}-]+", "-") + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
