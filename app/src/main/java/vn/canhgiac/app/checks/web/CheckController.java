package vn.canhgiac.app.checks.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

import vn.canhgiac.app.accounts.Reauthentication;
import vn.canhgiac.app.checks.CheckManagement;
import vn.canhgiac.app.checks.CheckRefused;
import vn.canhgiac.app.checks.ContentCheck;
import vn.canhgiac.app.checks.MessageSender;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.evidence.EvidenceAccess;
import vn.canhgiac.app.evidence.EvidenceManagement;
import vn.canhgiac.app.evidence.EvidenceRejected;
import vn.canhgiac.app.intel.IntelManagement;

/**
 * The staff pages "Kiểm tra nội dung đáng ngờ" and "Kiểm tra ảnh": submit, wait, read the
 * verdict and what to do next.
 */
@Controller
class CheckController {

	private final CheckManagement checks;

	private final EvidenceManagement evidence;

	private final DirectoryManagement directory;

	private final CheckReportPdf reportPdf;

	private final Reauthentication reauthentication;

	private final vn.canhgiac.app.audit.AuditTrail audit;

	private final IntelManagement intel;

	CheckController(CheckManagement checks, EvidenceManagement evidence, DirectoryManagement directory,
			CheckReportPdf reportPdf, Reauthentication reauthentication, vn.canhgiac.app.audit.AuditTrail audit,
			IntelManagement intel) {
		this.audit = audit;
		this.intel = intel;
		this.reportPdf = reportPdf;
		this.reauthentication = reauthentication;
		this.checks = checks;
		this.evidence = evidence;
		this.directory = directory;
	}

	@GetMapping("/checks")
	String form(@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		model.addAttribute("recent", this.checks.recent(user.accountId()));
		return "checks/new";
	}

	@PostMapping("/checks/text")
	String checkText(@RequestParam("text") String text,
			@RequestParam(name = "sender", required = false) @Nullable String sender,
			@AuthenticationPrincipal AuthenticatedPerson user) {
		// Read before anything is stored, so a bad answer leaves no evidence behind.
		MessageSender source = MessageSender.fromWireName(sender);
		ContentCheck check = this.checks.checkText(text, source, user.accountId());
		return "redirect:/checks/" + check.id();
	}

	@PostMapping("/checks/file")
	String checkFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthenticatedPerson user)
			throws IOException {
		if (file.isEmpty()) {
			throw new CheckRefused("Hãy chọn một tệp.", "Choose a file.");
		}
		ContentCheck check = this.checks.checkFile(file.getInputStream(), file.getOriginalFilename(), user.accountId());
		return "redirect:/checks/" + check.id();
	}

	@PostMapping("/checks/{id}/forensics")
	String checkPictureOf(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedPerson user) {
		ContentCheck check = this.checks.checkPictureOf(own(id, user), user.accountId());
		return "redirect:/checks/" + check.id();
	}

	@GetMapping("/checks/image")
	String imageForm() {
		return "checks/image";
	}

	@PostMapping("/checks/image")
	String checkImage(@RequestParam("image") MultipartFile image,
			@RequestParam(name = "references", required = false) @Nullable List<MultipartFile> references,
			@AuthenticationPrincipal AuthenticatedPerson user) throws IOException {
		if (image.isEmpty()) {
			throw new CheckRefused("Hãy chọn ảnh cần kiểm tra.", "Choose the picture to check.");
		}
		List<CheckManagement.Upload> uploads = new ArrayList<>();
		if (references != null) {
			for (MultipartFile reference : references) {
				if (!reference.isEmpty()) {
					uploads
						.add(new CheckManagement.Upload(reference.getInputStream(), reference.getOriginalFilename()));
				}
			}
		}
		ContentCheck check = this.checks.checkImage(image.getInputStream(), image.getOriginalFilename(), uploads,
				user.accountId());
		return "redirect:/checks/" + check.id();
	}

	@GetMapping("/checks/{id}")
	String result(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reveal,
			@AuthenticationPrincipal AuthenticatedPerson user, HttpServletRequest request, Model model) {
		ContentCheck check = own(id, user);
		if (reveal != null && !this.reauthentication.isFresh(request)) {
			// Seeing an intimate picture sharp is the most sensitive thing here: confirm
			// it is the
			// owner at the keyboard first (fresh code, or the password without two-step
			// login).
			return "redirect:/account/confirm?next=/checks/" + id + "?reveal=1";
		}
		model.addAttribute("check", check);
		model.addAttribute("station",
				user.unitId() == null ? null : this.directory.stationFor(user.unitId()).orElse(null));
		if (check.status().pending()) {
			return "checks/pending";
		}
		if (check.verdict() != null) {
			CheckView view = CheckView.of(check);
			model.addAttribute("view", view);
			// What the intel store knows of each value found: verdict and "seen in N
			// reports".
			java.util.Map<String, IntelManagement.Standing> standings = new java.util.HashMap<>();
			for (CheckView.Found found : view.indicators()) {
				if (vn.canhgiac.app.intel.IndicatorKind.fromWireName(found.type()).isEmpty()) {
					continue;
				}
				standings.put(found.type() + "|" + found.normalized(),
						this.intel.standing(found.type(), found.normalized()));
			}
			model.addAttribute("standings", standings);
			if (check.kind() == vn.canhgiac.app.checks.CheckKind.MESSAGE
					|| check.kind() == vn.canhgiac.app.checks.CheckKind.URL) {
				model.addAttribute("highlighted",
						HighlightedText.of(this.checks.text(check, user.accountId()), view.reasons()));
			}
		}
		return "checks/result";
	}

	/**
	 * The picture, blurred; {@code reveal=true} shows it sharp and is logged as a reveal.
	 */
	@GetMapping("/checks/{id}/picture")
	ResponseEntity<byte[]> picture(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean reveal,
			@AuthenticationPrincipal AuthenticatedPerson user, HttpServletRequest request) throws IOException {
		ContentCheck check = own(id, user);
		requireFreshForReveal(reveal, request);
		if (check.kind() != vn.canhgiac.app.checks.CheckKind.IMAGE || check.verdict() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] original = read(check.evidenceId(), user, reveal ? EvidenceAccess.REVEAL : EvidenceAccess.VIEW_BLURRED,
				"image check result");
		return png(ImagePreview.render(original, !reveal, CheckView.boxes(check)));
	}

	/**
	 * A reference photo, blurred unless revealed, with the region the face was taken from
	 * outlined.
	 */
	@GetMapping("/checks/{id}/references/{number}")
	ResponseEntity<byte[]> reference(@PathVariable UUID id, @PathVariable int number,
			@RequestParam(defaultValue = "false") boolean reveal, @AuthenticationPrincipal AuthenticatedPerson user,
			HttpServletRequest request) throws IOException {
		ContentCheck check = own(id, user);
		requireFreshForReveal(reveal, request);
		if (number < 1 || number > check.referenceIds().size() || check.verdict() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] original = read(check.referenceIds().get(number - 1), user,
				reveal ? EvidenceAccess.REVEAL : EvidenceAccess.VIEW_BLURRED, "reference photo of an image check");
		return png(ImagePreview.render(original, !reveal, CheckView.referenceBoxes(check, Integer.toString(number))));
	}

	/**
	 * The PDF report of a picture check, with the picture blurred and the regions
	 * outlined.
	 */
	@GetMapping("/checks/{id}/report")
	ResponseEntity<byte[]> report(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedPerson user,
			java.util.Locale locale) throws IOException {
		ContentCheck check = own(id, user);
		if (check.kind() != vn.canhgiac.app.checks.CheckKind.IMAGE || check.verdict() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] original = read(check.evidenceId(), user, EvidenceAccess.DOWNLOAD, "PDF report of an image check");
		java.util.Map<String, Object> model = new java.util.HashMap<>(CheckView.integrity(check));
		model.put("check", check);
		model.put("view", CheckView.of(check));
		model.put("created",
				java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
					.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
					.format(check.createdAt()));
		byte[] pdf = this.reportPdf.render(model, locale, ImagePreview.render(original, true, CheckView.boxes(check)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "attachment; filename=\"bao-cao-kiem-tra-anh-" + id + ".pdf\"")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(pdf);
	}

	@GetMapping("/checks/{id}/maps/{kind}")
	ResponseEntity<byte[]> map(@PathVariable UUID id, @PathVariable String kind,
			@AuthenticationPrincipal AuthenticatedPerson user) {
		ContentCheck check = own(id, user);
		String stored = CheckView.storedMap(check, kind);
		if (stored == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return png(read(UUID.fromString(stored), user, EvidenceAccess.VIEW_BLURRED, "forensic map " + kind));
	}

	@ExceptionHandler({ CheckRefused.class, EvidenceRejected.class })
	String refused(RuntimeException ex, Model model, jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus((ex instanceof vn.canhgiac.app.evidence.EvidenceUnavailable)
				? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
		if (ex instanceof CheckRefused refused) {
			model.addAttribute("errorVi", refused.messageVi());
			model.addAttribute("errorEn", refused.messageEn());
		}
		else if (ex instanceof EvidenceRejected rejected) {
			model.addAttribute("errorVi", rejected.messageVi());
			model.addAttribute("errorEn", rejected.messageEn());
		}
		return "checks/refused";
	}

	/**
	 * Reads evidence for its owner: logged in the evidence access log and in the audit
	 * trail with who, role and purpose.
	 */
	private byte[] read(UUID id, AuthenticatedPerson user, EvidenceAccess access, String purpose) {
		byte[] bytes = this.evidence.read(id, user.accountId(), access, purpose);
		this.audit.record(user, "evidence." + access.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
				"evidence", id.toString(), null, java.util.Map.of("purpose", purpose));
		return bytes;
	}

	private void requireFreshForReveal(boolean reveal, HttpServletRequest request) {
		if (reveal && !this.reauthentication.isFresh(request)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private ContentCheck own(UUID id, AuthenticatedPerson user) {
		return this.checks.check(id, user.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<byte[]> png(byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(bytes);
	}

}
